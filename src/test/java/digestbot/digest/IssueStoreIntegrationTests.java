package digestbot.digest;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class IssueStoreIntegrationTests {

	@Autowired
	IssueStore store;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		jdbc.sql("delete from issue").update();
		store.invalidate();
	}

	@Test
	void storesAnIssueAndReadsItBackInOrder() {
		store.save(issue(LocalDate.of(2025, 2, 3), "Eerste", "Tweede"), "h1", "2025-02-03.txt");

		PublishedIssue stored = store.byDate(LocalDate.of(2025, 2, 3)).orElseThrow();

		assertThat(stored.intro()).isEqualTo("Intro");
		assertThat(stored.items()).extracting(PublishedItem::number).containsExactly(1, 2);
		assertThat(stored.items()).extracting(PublishedItem::text).containsExactly("Eerste", "Tweede");
		assertThat(stored.items().get(0).sources()).containsExactly(new Source("GT", "Global Times", null));
		assertThat(stored.items().get(0).topics()).containsExactly("Robots", "AI");
		assertThat(stored.sections()).hasSize(1);
		assertThat(stored.sections().get(0).title()).isEqualTo("Kop");
	}

	@Test
	void theNewestIssueByDateIsCurrent() {
		store.save(issue(LocalDate.of(2025, 2, 10), "Later"), "h2", null);
		store.save(issue(LocalDate.of(2025, 2, 3), "Eerder"), "h1", null);

		assertThat(store.current()).map(PublishedIssue::date).contains(LocalDate.of(2025, 2, 10));
		assertThat(store.archive(10)).extracting(IssueSummary::date)
			.containsExactly(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 3));
	}

	@Test
	void savingTheSameDateReplacesTheIssue() {
		store.save(issue(LocalDate.of(2025, 2, 3), "Oud"), "h1", null);
		store.save(issue(LocalDate.of(2025, 2, 3), "Nieuw", "Extra"), "h2", null);

		assertThat(store.byDate(LocalDate.of(2025, 2, 3)).orElseThrow().items()).extracting(PublishedItem::text)
			.containsExactly("Nieuw", "Extra");
		assertThat(store.contentHash(LocalDate.of(2025, 2, 3))).contains("h2");
	}

	@Test
	void searchFindsItemsMentioningEveryWordNewestFirst() {
		store.save(issue(LocalDate.of(2025, 2, 3), "DeepSeek schokt de markt", "Robots lopen"), "h1", null);
		store.save(issue(LocalDate.of(2025, 2, 10), "Weer DeepSeek in de markt"), "h2", null);

		assertThat(store.search(List.of("deepseek", "MARKT"), 10)).extracting(PublishedItem::issueDate)
			.containsExactly(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 3));
		assertThat(store.search(List.of("100%_"), 10)).isEmpty();
	}

	static Issue issue(LocalDate date, String... texts) {
		List<Item> items = java.util.Arrays.stream(texts)
			.map(text -> new Item(2, text, List.of(new Source("GT", "Global Times", null)), List.of("Robots", "AI")))
			.toList();
		return new Issue(date, "Intro", List.of(new Section("Kop", items)));
	}

}
