package digestbot.chat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the chat's memory writes a list of item ids into one column and reads it back. */
class ChatMemoryTests {

	@Test
	void idsAreWrittenInOrderAndReadBack() {
		List<Long> ids = List.of(42L, 7L, Long.MAX_VALUE, 1L);

		assertThat(ChatMemory.encode(ids)).isEqualTo("42,7,9223372036854775807,1");
		assertThat(ChatMemory.decode(ChatMemory.encode(ids))).containsExactlyElementsOf(ids);
	}

	@Test
	void noIdsAreAnEmptyText() {
		assertThat(ChatMemory.encode(List.of())).isEmpty();
		assertThat(ChatMemory.decode("")).isEmpty();
	}

	@Test
	void aWholeIssueFitsInOneValue() {
		List<Long> ids = new ArrayList<>();
		for (long id = 1_000_000; id < 1_000_500; id++) {
			ids.add(id);
		}

		assertThat(ChatMemory.decode(ChatMemory.encode(ids))).containsExactlyElementsOf(ids);
	}

	@Test
	void whatWasShownCannotBeChangedAfterwards() {
		List<Long> shown = new ArrayList<>(List.of(1L, 2L));
		ChatMemory.Shown memory = new ChatMemory.Shown(shown, shown.subList(1, 2), 2);
		shown.add(3L);

		assertThat(memory.itemIds()).containsExactly(1L, 2L);
		assertThat(memory.remaining()).containsExactly(2L);
	}

}
