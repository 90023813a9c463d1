package digestbot.digest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SourceExtractorTests {

	private final SourceExtractor extractor = new SourceExtractor(ContentFiles.sources(IssueFixtures.CONTENT));

	@Test
	void takesAKnownNameAfterTheLastSentence() {
		SourceTail tail = extractor.extract("China bouwt een fabriek. GT");

		assertThat(tail.text()).isEqualTo("China bouwt een fabriek.");
		assertThat(tail.sources()).containsExactly(new Source("GT", "Global Times", "https://www.globaltimes.cn"));
		assertThat(tail.unknownNames()).isEmpty();
	}

	@Test
	void takesSeveralKnownNamesWithAnySeparator() {
		for (String tail : List.of("GT, SCMP", "GT; SCMP", "GT/SCMP", "GT & SCMP", "GT + SCMP", "GT en SCMP", "GT and SCMP",
				"GT SCMP")) {
			assertThat(names(extractor.extract("China bouwt een fabriek. " + tail))).as(tail).containsExactly("GT", "SCMP");
		}
	}

	@Test
	void takesKnownNamesWithoutAFullStopBeforeThem() {
		SourceTail tail = extractor.extract("Dat maakte M. Zuckerberg bekend SCMP Microsoft Copilot");

		assertThat(tail.text()).isEqualTo("Dat maakte M. Zuckerberg bekend");
		assertThat(names(tail)).containsExactly("SCMP", "Microsoft Copilot");
	}

	@Test
	void matchesNamesIgnoringCaseAndApostropheStyleAndGivesTheCatalogueSpelling() {
		assertThat(names(extractor.extract("Een bericht. people’s daily"))).containsExactly("People's Daily");
		assertThat(names(extractor.extract("Een bericht. TECHNODE"))).containsExactly("Technode");
	}

	@Test
	void matchesOnlyWholeNames() {
		SourceTail tail = extractor.extract("Een bericht over de SGT");

		assertThat(tail.sources()).isEmpty();
		assertThat(tail.text()).isEqualTo("Een bericht over de SGT");
	}

	@Test
	void dropsTheSeparatorBeforeTheSourcesButKeepsWords() {
		assertThat(extractor.extract("Een bericht over de VS; GT").text()).isEqualTo("Een bericht over de VS");
		assertThat(extractor.extract("De prijzen stijgen en GT").text()).isEqualTo("De prijzen stijgen en");
	}

	@Test
	void doesNotTakeANameThatEndsTheLastSentence() {
		SourceTail tail = extractor.extract("Het bericht kwam van Reuters.");

		assertThat(tail.sources()).isEmpty();
		assertThat(tail.text()).isEqualTo("Het bericht kwam van Reuters.");
	}

	@Test
	void takesCapitalisedNamesAfterTheLastSentenceAsUnknownSources() {
		SourceTail tail = extractor.extract("‘Dit is het doel!’ Le Monde, NRC Handelsblad");

		assertThat(tail.text()).isEqualTo("‘Dit is het doel!’");
		assertThat(tail.unknownNames()).containsExactly("Le Monde", "NRC Handelsblad");
		assertThat(tail.sources()).extracting(Source::fullName, Source::url)
			.containsExactly(tuple("Le Monde", null),
					tuple("NRC Handelsblad", null));
	}

	@Test
	void doesNotTakeProseOrLongRunsAsUnknownSources() {
		for (String last : List.of("Dit is geen bron", "Een Naam Van Vijf Woorden", "Le Monde.",
				"Alpha Beta, Gamma Delta, Epsilon Zeta, Eta Theta, Iota Kappa, Lambda")) {
			SourceTail tail = extractor.extract("Een bericht. " + last);
			assertThat(tail.sources()).as(last).isEmpty();
			assertThat(tail.text()).isEqualTo("Een bericht. " + last);
		}
	}

	@Test
	void keepsAParagraphThatIsOnlyASourceName() {
		SourceTail tail = extractor.extract("GT");

		assertThat(tail.sources()).isEmpty();
		assertThat(tail.text()).isEqualTo("GT");
	}

	@Test
	void tellsAShortSentenceWithSourcesFromAHeading() {
		assertThat(extractor.isSentenceWithSources("Tesla opent fabriek. Reuters")).isTrue();
		assertThat(extractor.isSentenceWithSources("Nieuws van Reuters")).isFalse();
		assertThat(extractor.isSentenceWithSources("EV-nieuws")).isFalse();
	}

	private static List<String> names(SourceTail tail) {
		return tail.sources().stream().map(Source::name).toList();
	}

}
