package digestbot.digest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphTests {

	@Test
	void recognisesTheThreeBulletsWithOrWithoutASpace() {
		for (String text : new String[] { "*Een item", "* Een item", "- Een item", "-Een item", "• Een item", "•Een item" }) {
			Paragraph paragraph = new Paragraph(1, text);
			assertThat(paragraph.isBullet()).as(text).isTrue();
			assertThat(paragraph.bulletText()).as(text).isEqualTo("Een item");
		}
	}

	@Test
	void doesNotTakeANegativeNumberForABullet() {
		assertThat(new Paragraph(1, "-5 % groei in 2024").isBullet()).isFalse();
	}

	@Test
	void readsMarkdownHeadingsOfThreeLevels() {
		assertThat(new Paragraph(1, "### EV-nieuws ###").markdownTitle()).isEqualTo("EV-nieuws");
		assertThat(new Paragraph(1, "# Robots").isMarkdownHeading()).isTrue();
		assertThat(new Paragraph(1, "#### Te diep").isMarkdownHeading()).isFalse();
		assertThat(new Paragraph(1, "#hashtag").isMarkdownHeading()).isFalse();
	}

	@Test
	void calls80CharactersWithoutAFullStopShort() {
		assertThat(new Paragraph(1, "a".repeat(80)).isShortPhrase()).isTrue();
		assertThat(new Paragraph(1, "a".repeat(81)).isShortPhrase()).isFalse();
		assertThat(new Paragraph(1, "Een zin.").isShortPhrase()).isFalse();
		assertThat(new Paragraph(1, "Wat nu...").isShortPhrase()).isTrue();
		assertThat(new Paragraph(1, "Wat nu?").isShortPhrase()).isTrue();
		assertThat(new Paragraph(1, "* Kort").isShortPhrase()).isFalse();
	}

	@Test
	void knowsALineOfMarkersOnly() {
		assertThat(new Paragraph(1, "* * *").isMarkersOnly()).isTrue();
		assertThat(new Paragraph(1, "---").isMarkersOnly()).isTrue();
		assertThat(new Paragraph(1, "* x").isMarkersOnly()).isFalse();
	}

}
