package digestbot.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTests {

	@Test
	void firstWordsKeepsAShortTextWhole() {
		assertThat(Texts.firstWords("Robots lopen mee.", 17)).isEqualTo("Robots lopen mee.");
	}

	@Test
	void firstWordsCutsAfterAWholeWord() {
		assertThat(Texts.firstWords("Robots lopen mee in Beijing.", 17)).isEqualTo("Robots lopen mee…");
	}

	@Test
	void firstWordsCutsALongWordWithoutSplittingAnEmoji() {
		assertThat(Texts.firstWords("Robots🤖🤖🤖🤖", 7)).isEqualTo("Robots…");
		assertThat(Texts.firstWords("Robotmarathon", 6)).isEqualTo("Robotm…");
	}

}
