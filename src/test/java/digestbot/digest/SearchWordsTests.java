package digestbot.digest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of a search, from the chat's /search and inline mode alike. */
class SearchWordsTests {

	@Test
	void splitsAtAnyWhitespaceIncludingNoBreakSpaces() {
		assertThat(SearchWords.of("  robot\tmarathon\u00a0Beijing\n")).containsExactly("robot", "marathon", "Beijing");
	}

	@Test
	void takesAtMostSixWords() {
		assertThat(SearchWords.of("a b c d e f g h")).containsExactly("a", "b", "c", "d", "e", "f");
	}

	@Test
	void findsNoWordsInNothing() {
		assertThat(SearchWords.of(null)).isEmpty();
		assertThat(SearchWords.of(" \u2003 ")).isEmpty();
		assertThat(SearchWords.of("\u0000\u0007")).isEmpty();
	}

	@Test
	void leavesOutControlCharactersAndLoneSurrogates() {
		assertThat(SearchWords.of("ro\u0000bot \ud800x 🤖")).containsExactly("ro", "bot", "x", "🤖");
	}

	@Test
	void readsOnlyTheFirst256Characters() {
		String longWord = "x".repeat(300);

		assertThat(SearchWords.of(longWord)).containsExactly("x".repeat(256));
	}

}
