package digestbot.digest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicClassifierTests {

	private final TopicClassifier classifier = new TopicClassifier(ContentFiles.topics(IssueFixtures.CONTENT));

	private final Issue seed = IssueFixtures.parse(IssueFixtures.SEED).issue();

	@Test
	void givesEverySeedItemATopic() {
		assertThat(seed.sections()).flatExtracting(Section::items).allSatisfy(item -> assertThat(item.topics()).isNotEmpty());
	}

	@Test
	void putsTheSeedItemsInTheTopicsOfTheirSubject() {
		assertThat(topics(0)).allSatisfy(topics -> assertThat(topics).contains("Robots"));
		assertThat(topics(1)).allSatisfy(topics -> assertThat(topics).contains("Wetenschap"));
		assertThat(topics(2)).allSatisfy(topics -> assertThat(topics).contains("Logistiek"));
		assertThat(topics(3)).hasSize(3).allSatisfy(topics -> assertThat(topics).contains("AI"));
		assertThat(topics(4)).allSatisfy(topics -> assertThat(topics).contains("Handel & diplomatie"));
		assertThat(topics(5)).hasSize(3).allSatisfy(topics -> assertThat(topics).contains("EV-nieuws"));
	}

	@Test
	void listsTopicsInCatalogueOrder() {
		assertThat(classifier.classify("EV-nieuws", "Robots met AI.")).containsExactly("AI", "EV-nieuws", "Robots");
	}

	@Test
	void matchesShortAcronymsOnlyInCapitalsAndAsWholeWords() {
		assertThat(classifier.classify(null, "De vraag naar AI-chips stijgt.")).containsExactly("AI");
		assertThat(classifier.classify(null, "Daarentegen viel het mee, ai.")).isEmpty();
		assertThat(classifier.classify(null, "Het Thaise ai-bedrijfje groeit.")).isEmpty();
		assertThat(classifier.classify(null, "Meer EVs en een ev naar Europa.")).containsExactly("EV-nieuws");
	}

	@Test
	void matchesOtherKeywordsInAnyCaseAsWholeWords() {
		assertThat(classifier.classify(null, "De KOUDEKETEN groeit.")).containsExactly("Logistiek");
		assertThat(classifier.classify(null, "Robotstofzuigers verkopen goed.")).isEmpty();
		assertThat(classifier.classify(null, "Een deal met de Asean-landen.")).containsExactly("Handel & diplomatie");
	}

	@Test
	void givesTheTopicsOfTheHeadingToEachItemUnderIt() {
		assertThat(classifier.classify("Deepseek veroorzaakt paniek in VS", "Een bericht zonder trefwoord."))
			.containsExactly("AI");
		assertThat(classifier.classify("2 sci-tech hoogvliegers", "Een bericht zonder trefwoord."))
			.containsExactly("Wetenschap");
	}

	@Test
	void givesNoTopicToAnItemWithoutHeadingOrKeyword() {
		assertThat(classifier.classify(null, "Het weer was mooi.")).isEmpty();
	}

	private List<List<String>> topics(int section) {
		return seed.sections().get(section).items().stream().map(Item::topics).toList();
	}

}
