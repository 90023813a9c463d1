package digestbot.digest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemSuccessorsTests {

	private static ItemSuccessors.Numbered item(int number, String text) {
		return new ItemSuccessors.Numbered(number, text);
	}

	@Test
	void sameTextsMatchWhereverTheyMoved() {
		Map<Integer, Integer> match = ItemSuccessors.match(List.of(item(1, "Robots lopen"), item(2, "EVs rijden")),
				List.of(item(1, "Nieuw bericht"), item(2, "EVs rijden"), item(3, "Robots lopen")));

		assertThat(match).containsExactlyInAnyOrderEntriesOf(Map.of(1, 3, 2, 2));
	}

	@Test
	void anEditedItemStandsForItsOldSelf() {
		Map<Integer, Integer> match = ItemSuccessors.match(
				List.of(item(1, "BYD verkocht in januari 300.000 auto's in China.")),
				List.of(item(1, "Iets heel anders over chips."),
						item(2, "BYD verkocht in januari 310.000 auto's in China en Europa.")));

		assertThat(match).containsExactly(Map.entry(1, 2));
	}

	@Test
	void aRemovedItemStandsForNothing() {
		Map<Integer, Integer> match = ItemSuccessors.match(List.of(item(1, "Robots lopen de marathon")),
				List.of(item(1, "Chips uit Taiwan worden duurder")));

		assertThat(match).isEmpty();
	}

	@Test
	void oneNewItemStandsForOneOldItemAtMost() {
		Map<Integer, Integer> match = ItemSuccessors.match(List.of(item(1, "Robots lopen"), item(2, "Robots lopen")),
				List.of(item(1, "Robots lopen")));

		assertThat(match).hasSize(1);
	}

}
