package digestbot.digest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicCatalogTests {

	private final TopicCatalog catalog = ContentFiles.topics(IssueFixtures.CONTENT);

	@Test
	void holdsTheTopicsInOrderWithDeepLinkSlugs() {
		assertThat(catalog.all()).extracting(Topic::name)
			.containsExactly("AI", "EV-nieuws", "Robots", "Wetenschap", "Logistiek", "Handel & diplomatie");
		assertThat(catalog.all()).extracting(Topic::slug).allMatch(slug -> slug.matches("[A-Za-z0-9_-]{1,64}"));
	}

	@Test
	void findsATopicByNameSlugOrAliasIgnoringCase() {
		assertThat(catalog.find("ev")).map(Topic::name).hasValue("EV-nieuws");
		assertThat(catalog.find(" handel & DIPLOMATIE ")).map(Topic::slug).hasValue("Handel_diplomatie");
		assertThat(catalog.find("handel_diplomatie")).map(Topic::name).hasValue("Handel & diplomatie");
		assertThat(catalog.find("robotics")).map(Topic::name).hasValue("Robots");
		assertThat(catalog.find("sport")).isEmpty();
	}

	@Test
	void findsADeepLinkSlugExactly() {
		assertThat(catalog.bySlug("Handel_diplomatie")).map(Topic::name).hasValue("Handel & diplomatie");
		assertThat(catalog.bySlug("handel_diplomatie")).isEmpty();
	}

	@Test
	void refusesASlugTelegramCannotCarry() {
		assertThatIllegalArgumentException().isThrownBy(() -> topic("Handel & diplomatie", "Handel&diplomatie"))
			.withMessageContaining("slug");
	}

	@Test
	void refusesTwoTopicsWithOneSlug() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TopicCatalog(List.of(topic("AI", "AI"), topic("Kunstmatige intelligentie", "ai"))))
			.withMessageContaining("slug 'ai' is used twice");
	}

	@Test
	void treatsMissingListsAsEmpty() {
		Topic topic = new Topic("Sport", "Sport", null, null, null);

		assertThat(topic.headings()).isEmpty();
		assertThat(topic.keywords()).isEmpty();
		assertThat(topic.aliases()).isEmpty();
	}

	private static Topic topic(String name, String slug) {
		return new Topic(name, slug, List.of(), List.of(), List.of());
	}

}
