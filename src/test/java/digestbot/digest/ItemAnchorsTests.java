package digestbot.digest;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemAnchorsTests {

	@Test
	void anItemThatStandsForAnOldOneKeepsItsAnchor() {
		Map<Integer, Integer> anchors = ItemAnchors.carriedOver(Map.of(1, 2, 2, 1), Map.of(1, 1, 2, 5), 2, 5);

		assertThat(anchors).containsExactlyInAnyOrderEntriesOf(Map.of(1, 5, 2, 1));
	}

	@Test
	void newItemsGetTheNextAnchorsInTheirOrder() {
		Map<Integer, Integer> anchors = ItemAnchors.carriedOver(Map.of(1, 2), Map.of(1, 1, 2, 2), 4, 2);

		assertThat(anchors).containsExactlyInAnyOrderEntriesOf(Map.of(1, 3, 2, 1, 3, 4, 4, 5));
		assertThat(ItemAnchors.last(anchors, 2)).isEqualTo(5);
	}

	@Test
	void anAnchorOnceGivenIsNotGivenAgainEvenWhenItsItemIsGone() {
		Map<Integer, Integer> anchors = ItemAnchors.carriedOver(Map.of(), Map.of(1, 1), 1, 7);

		assertThat(anchors).containsExactly(Map.entry(1, 8));
	}

}
