package digestbot.digest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The storage of issues, on H2 and on PostgreSQL. */
@SpringBootTest(properties = "digestbot.push.enabled=false")
abstract class IssueStoreIntegrationTests {

	@OnH2
	static class OnH2Tests extends IssueStoreIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends IssueStoreIntegrationTests {

	}

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
	void withoutIssuesThereIsNoCurrentOne() {
		assertThat(store.current()).isEmpty();
		assertThat(store.archive(10)).isEmpty();
		assertThat(store.contentHash(LocalDate.of(2025, 2, 3))).isEmpty();
	}

	@Test
	void knowsWhichItemsOfAnIssueWereDelivered() {
		PublishedIssue stored = store.save(issue(LocalDate.of(2025, 2, 3), "Eerste", "Tweede", "Derde"), "h1", null);
		deliver(42, stored.items().get(2).id(), "SENT");
		deliver(43, stored.items().get(2).id(), "SENT");
		deliver(42, stored.items().get(0).id(), "PENDING");

		assertThat(store.hasDeliveredItems(LocalDate.of(2025, 2, 3))).isTrue();
		assertThat(store.deliveredItemsChangedBy(issue(LocalDate.of(2025, 2, 3), "Eerste", "Tweede", "Anders")))
			.containsExactly(3);
		assertThat(store.deliveredItemsChangedBy(issue(LocalDate.of(2025, 2, 3), "Derde", "Eerste"))).isEmpty();
		assertThat(store.hasDeliveredItems(LocalDate.of(2025, 2, 10))).isFalse();
	}

	@Test
	void aReplacedIssueKeepsWhatWasDeliveredAndDropsWhatWasNot() {
		PublishedIssue old = store.save(issue(LocalDate.of(2025, 2, 3), "Eerste", "Tweede", "Derde"), "h1", null);
		deliver(42, old.items().get(0).id(), "SENT");
		deliver(42, old.items().get(1).id(), "SENT");
		deliver(43, old.items().get(2).id(), "PENDING");

		PublishedIssue replaced = store.save(issue(LocalDate.of(2025, 2, 3), "Nieuw", "Eerste", "Tweede, herschreven"),
				"h2", null);

		assertThat(sentTo(42)).containsExactlyInAnyOrder(replaced.items().get(1).id(), replaced.items().get(2).id());
		assertThat(jdbc.sql("select count(*) from delivery where chat_id = 43").query(Long.class).single()).isZero();
	}

	private List<Long> sentTo(long chatId) {
		return jdbc.sql("select item_id from delivery where chat_id = ? and state = 'SENT'")
			.param(chatId)
			.query(Long.class)
			.list();
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

	@Test
	void searchGivesItsResultsPageByPageInOneOrder() {
		store.save(issue(LocalDate.of(2025, 2, 3), "Robot een", "Robot twee", "Robot drie"), "h1", null);
		store.save(issue(LocalDate.of(2025, 2, 10), "Robot vier", "Robot vijf"), "h2", null);

		assertThat(store.search(List.of("robot"), 0, 2)).extracting(PublishedItem::text)
			.containsExactly("Robot vier", "Robot vijf");
		assertThat(store.search(List.of("robot"), 2, 2)).extracting(PublishedItem::text)
			.containsExactly("Robot een", "Robot twee");
		assertThat(store.search(List.of("robot"), 4, 2)).extracting(PublishedItem::text).containsExactly("Robot drie");
		assertThat(store.search(List.of("robot"), 5, 2)).isEmpty();
	}

	@Test
	void searchIgnoresTheCaseOfLettersBeyondAscii() {
		store.save(issue(LocalDate.of(2025, 2, 3), "ÉÉN FABRIEK IN ZÜRICH", "Twee fabrieken"), "h1", null);

		assertThat(store.search(List.of("één", "zürich"), 10)).extracting(PublishedItem::text)
			.containsExactly("ÉÉN FABRIEK IN ZÜRICH");
	}

	@Test
	void anIssueFirstPublishedAnchorsItsItemsByTheirNumbers() {
		PublishedIssue stored = store.save(issue(LocalDate.of(2025, 2, 3), "Eerste", "Tweede", "Derde"), "h1", null);

		assertThat(stored.items()).extracting(PublishedItem::anchor).containsExactly(1, 2, 3);
	}

	@Test
	void aReplacedIssueKeepsTheAnchorsOfItsItemsAndGivesNewItemsUnusedOnes() {
		store.save(issue(LocalDate.of(2025, 2, 3), "Robots lopen de marathon in Beijing", "Tweede bericht over chips",
				"Derde bericht over auto's"), "h1", null);

		PublishedIssue edited = store.save(issue(LocalDate.of(2025, 2, 3), "Nieuw bericht vooraan",
				"Robots lopen de halve marathon in Beijing", "Derde bericht over auto's"), "h2", null);

		assertThat(edited.items()).extracting(PublishedItem::text, PublishedItem::anchor)
			.containsExactly(tuple("Nieuw bericht vooraan", 4), tuple("Robots lopen de halve marathon in Beijing", 1),
					tuple("Derde bericht over auto's", 3));
	}

	@Test
	void theAnchorOfARemovedItemIsNotGivenAgain() {
		store.save(issue(LocalDate.of(2025, 2, 3), "Eerste", "Tweede", "Derde"), "h1", null);
		store.save(issue(LocalDate.of(2025, 2, 3), "Eerste", "Tweede"), "h2", null);

		PublishedIssue again = store.save(issue(LocalDate.of(2025, 2, 3), "Eerste", "Tweede", "Heel iets anders"), "h3",
				null);

		assertThat(again.items()).extracting(PublishedItem::anchor).containsExactly(1, 2, 4);
	}

	@Test
	void listsTheNewestItemsOfAllIssuesAndOfOneTopicInPages() {
		store.save(issue(LocalDate.of(2025, 2, 3), "Oud een", "Oud twee"), "h1", null);
		store.save(new Issue(LocalDate.of(2025, 2, 10), null, List.of(new Section(null, List.of(
				new Item(1, "Nieuw robots", List.of(), List.of("Robots")), new Item(2, "Nieuw EV", List.of(),
						List.of("EV-nieuws")))))), "h2", null);

		assertThat(store.newestItems(0, 3)).extracting(PublishedItem::text)
			.containsExactly("Nieuw robots", "Nieuw EV", "Oud een");
		assertThat(store.newestItemsOf("Robots", 1, 5)).extracting(PublishedItem::text)
			.containsExactly("Oud een", "Oud twee");
		assertThat(store.archive(10)).extracting(IssueSummary::intro).containsExactly(null, "Intro");
	}

	@Test
	void theStampChangesWhenAnIssueIsPublishedOrReplaced() {
		ArchiveStamp empty = store.stamp();
		store.save(issue(LocalDate.of(2025, 2, 3), "Eerste"), "h1", null);
		ArchiveStamp first = store.stamp();
		ArchiveStamp unchanged = store.stamp();
		store.save(issue(LocalDate.of(2025, 2, 3), "Eerste, herschreven"), "h2", null);

		assertThat(empty.issues()).isZero();
		assertThat(first).isNotEqualTo(empty).isEqualTo(unchanged);
		assertThat(store.stamp()).isNotEqualTo(first);
	}

	@Test
	void searchesWhatAReaderTypedByItsFirstSixWords() {
		store.save(issue(LocalDate.of(2025, 2, 3), "een twee drie vier vijf zes", "een"), "h1", null);

		assertThat(store.search("  een twee drie vier vijf zes zeven ", 10)).extracting(PublishedItem::text)
			.containsExactly("een twee drie vier vijf zes");
		assertThat(store.search("   ", 10)).isEmpty();
	}

	private void deliver(long chatId, long itemId, String state) {
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into delivery (chat_id, item_id, message_no, state, attempts, next_attempt_at, created_at)
				values (?, ?, 1, ?, 0, ?, ?)""").params(chatId, itemId, state, now, now).update();
	}

	static Issue issue(LocalDate date, String... texts) {
		List<Item> items = java.util.Arrays.stream(texts)
			.map(text -> new Item(2, text, List.of(new Source("GT", "Global Times", null)), List.of("Robots", "AI")))
			.toList();
		return new Issue(date, "Intro", List.of(new Section("Kop", items)));
	}

}
