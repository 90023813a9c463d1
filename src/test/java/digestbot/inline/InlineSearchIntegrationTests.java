package digestbot.inline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import digestbot.chat.Messages;
import digestbot.digest.Issue;
import digestbot.digest.IssueStore;
import digestbot.digest.Item;
import digestbot.digest.ItemHtml;
import digestbot.digest.ItemLinks;
import digestbot.digest.LinksProperties;
import digestbot.digest.PublishedItem;
import digestbot.digest.SearchWords;
import digestbot.digest.Section;
import digestbot.digest.Source;
import digestbot.fakebotapi.HtmlValidator;
import digestbot.storage.OnH2;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.SubscriberStore;
import digestbot.text.MessageSplitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inline mode's answers, on issues of the test's own in a database shared with the other storage
 * tests on H2 (which empty the issues before each test, as this one does).
 */
@SpringBootTest
@OnH2
class InlineSearchIntegrationTests {

	private static final LocalDate CURRENT = LocalDate.of(2025, 2, 10);

	private static final LocalDate OLDER = LocalDate.of(2025, 2, 3);

	private static final AtomicLong NEXT_USER = new AtomicLong(60_000);

	@Autowired
	IssueStore issues;

	@Autowired
	SubscriberStore subscribers;

	@Autowired
	Messages messages;

	@Autowired
	ItemHtml itemHtml;

	@Autowired
	JdbcClient jdbc;

	private InlineSearch search;

	@BeforeEach
	void twoIssues() {
		jdbc.sql("delete from issue").update();
		issues.invalidate();
		issues.save(issue(OLDER, "Robots lopen een marathon in Beijing.", "Een fabriek voor batterijen.",
				"Robots & batterijen in één fabriek."), "h1", null);
		issues.save(issue(CURRENT, "Robots leren koken.", "BYD bouwt een fabriek.", "Robots in de haven.",
				"Nieuwe chips voor AI.", "Robots op Mars."), "h2", null);
		search = new InlineSearch(issues, subscribers, messages, itemHtml, 2);
	}

	@Test
	void withoutWordsListsTheCurrentIssuesItemsInOrder() {
		List<InlineResult> all = allPages("");

		assertThat(all).extracting(InlineResult::title).containsExactly("Robots leren koken.", "BYD bouwt een fabriek.",
				"Robots in de haven.", "Nieuwe chips voor AI.", "Robots op Mars.");
	}

	@Test
	void wordsFindTheItemsOfEveryIssueThatTheChatsSearchFinds() {
		List<InlineResult> all = allPages("robots FABRIEK");

		List<PublishedItem> searched = issues.search(SearchWords.of("robots FABRIEK"), 0, 50);
		assertThat(all).extracting(InlineResult::id)
			.containsExactlyElementsOf(searched.stream().map(item -> Long.toString(item.id())).toList());
		assertThat(all).extracting(InlineResult::title).containsExactly("Robots & batterijen in één fabriek.");
		assertThat(allPages("robots")).extracting(InlineResult::title).containsExactly("Robots leren koken.",
				"Robots in de haven.", "Robots op Mars.", "Robots lopen een marathon in Beijing.",
				"Robots & batterijen in één fabriek.");
	}

	@Test
	void pagesWithTheOffsetOfTheAnswerBefore() {
		InlineAnswer first = search.answer(query("robots", ""));
		InlineAnswer second = search.answer(query("robots", first.nextOffset()));
		InlineAnswer last = search.answer(query("robots", second.nextOffset()));

		assertThat(List.of(first, second, last)).extracting(InlineAnswer::nextOffset).containsExactly("2", "4", "");
		assertThat(List.of(first, second, last)).extracting(answer -> answer.results().size()).containsExactly(2, 2, 1);
	}

	@Test
	void aPageThatIsExactlyFullSaysThereIsNoMore() {
		InlineAnswer answer = search.answer(query("robots mars", ""));

		assertThat(answer.results()).hasSize(1);
		assertThat(answer.nextOffset()).isEmpty();
		assertThat(search.answer(query("fabriek", "")).nextOffset()).isEqualTo("2");
		assertThat(search.answer(query("fabriek", "2")).nextOffset()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-2", "2.0", " 2", "99999", "١٢", "2\u0000" })
	void anOffsetThatIsNotOursGetsNoResults(String offset) {
		InlineAnswer answer = search.answer(query("robots", offset));

		assertThat(answer.results()).isEmpty();
		assertThat(answer.nextOffset()).isEmpty();
	}

	@Test
	void anOffsetPastTheResultsGetsNoResults() {
		assertThat(search.answer(query("robots", "40")).results()).isEmpty();
		assertThat(search.answer(query("", "40")).results()).isEmpty();
	}

	@Test
	void aHugeQueryOrOddCharactersGetAnAnswer() {
		assertThat(search.answer(query("robots ".repeat(500), "")).results()).isNotEmpty();
		assertThat(search.answer(query("r".repeat(10_000), "")).results()).isEmpty();
		assertThat(search.answer(query("\u0000\ud800\u202e 🤖 %_\\", "")).results()).isEmpty();
		assertThat(search.answer(query("\u0000 \u0007", "")).results()).extracting(InlineResult::title)
			.startsWith("Robots leren koken.");
	}

	@Test
	void describesEachItemByItsFirstWordsTopicsAndDateInTheReadersLanguage() {
		InlineResult dutch = search.answer(new InlineQuery(newUser(), "nl", "koken", "")).results().get(0);
		InlineResult english = search.answer(new InlineQuery(newUser(), "en-GB", "koken", "")).results().get(0);

		assertThat(dutch.title()).isEqualTo("Robots leren koken.");
		assertThat(dutch.description()).isEqualTo("Handel & diplomatie, AI · 10 februari 2025");
		assertThat(dutch.html()).startsWith("<b>Nieuws van 10 februari 2025</b>\n<i>Kop</i>\nRobots leren koken.\n— ");
		assertThat(english.description()).isEqualTo("Handel & diplomatie, AI · 10 February 2025");
		assertThat(english.html()).startsWith("<b>News of 10 February 2025</b>\n");
	}

	@Test
	void aSubscribersOwnLanguageComesBeforeTheirTelegrams() {
		long reader = newUser();
		subscribers.findOrCreate(Place.chat(reader), PlaceKind.PRIVATE, reader, "en");

		InlineResult result = search.answer(new InlineQuery(reader, "nl", "koken", "")).results().get(0);

		assertThat(result.description()).endsWith("10 February 2025");
	}

	@Test
	void dutchWhenTelegramSaysNothingOrAnotherLanguage() {
		assertThat(search.answer(new InlineQuery(newUser(), null, "koken", "")).results().get(0).description())
			.endsWith("10 februari 2025");
		assertThat(search.answer(new InlineQuery(newUser(), "de", "koken", "")).results().get(0).description())
			.endsWith("10 februari 2025");
	}

	@Test
	void createsNoSubscriberForAReader() {
		long stranger = newUser();

		search.answer(new InlineQuery(stranger, "nl", "", ""));

		assertThat(subscribers.find(Place.chat(stranger))).isEmpty();
	}

	@Test
	void answersArePersonalAndCachedForAMinute() {
		InlineAnswer answer = search.answer(query("", ""));

		assertThat(answer.personal()).isTrue();
		assertThat(answer.cacheSeconds()).isEqualTo(60);
	}

	@Test
	void eachResultHasAnIdOfItsOwnAndAMessageTelegramAccepts() {
		List<InlineResult> all = allPages("");

		assertThat(all).extracting(InlineResult::id).doesNotHaveDuplicates()
			.allSatisfy(id -> assertThat(id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(1, 64));
		assertThat(all).allSatisfy(result -> assertThat(HtmlValidator.problem(result.html())).isEmpty());
	}

	@Test
	void anItemTooLongForAMessageKeepsItsFirstWordsItsSourcesAndItsLink() {
		String longText = "Een heel lang bericht over robots en hun fabrieken. ".repeat(120);
		issues.save(issue(LocalDate.of(2025, 1, 6), longText.strip()), "h3", null);
		ItemLinks links = new ItemLinks(new LinksProperties("https://digest.example"));
		InlineSearch linking = new InlineSearch(issues, subscribers, messages, new ItemHtml(links), 2);

		String html = linking.answer(query("lang bericht", "")).results().get(0).html();

		assertThat(longText.length()).isGreaterThan(MessageSplitter.TELEGRAM_LIMIT);
		assertThat(MessageSplitter.telegramLength(html)).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
		assertThat(HtmlValidator.problem(html)).isEmpty();
		assertThat(html).startsWith("<b>Nieuws van 6 januari 2025</b>\n<i>Kop</i>\nEen heel lang bericht")
			.contains(" robots…\n— Global Times")
			.endsWith(" · <a href=\"https://digest.example/i/2025-01-06/1\">🔗 online</a>");
	}

	@Test
	void withTheArchivesAddressEachMessageLinksToItsItem() {
		ItemLinks links = new ItemLinks(new LinksProperties("https://digest.example"));
		InlineSearch linking = new InlineSearch(issues, subscribers, messages, new ItemHtml(links), 2);

		assertThat(linking.answer(query("mars", "")).results().get(0).html())
			.endsWith("— Global Times · <a href=\"https://digest.example/i/2025-02-10/5\">🔗 online</a>");
		assertThat(search.answer(query("mars", "")).results().get(0).html()).doesNotContain("<a ");
	}

	@Test
	void withoutAnIssueThereIsNothingToList() {
		jdbc.sql("delete from issue").update();
		issues.invalidate();

		InlineAnswer answer = search.answer(query("", ""));

		assertThat(answer.results()).isEmpty();
		assertThat(answer.nextOffset()).isEmpty();
	}

	private List<InlineResult> allPages(String text) {
		List<InlineResult> all = new ArrayList<>();
		String offset = "";
		do {
			InlineAnswer answer = search.answer(query(text, offset));
			assertThat(answer.results()).hasSizeLessThanOrEqualTo(2);
			all.addAll(answer.results());
			offset = answer.nextOffset();
		}
		while (!offset.isEmpty());
		return all;
	}

	private static InlineQuery query(String text, String offset) {
		return new InlineQuery(newUser(), "nl", text, offset);
	}

	private static long newUser() {
		return NEXT_USER.incrementAndGet();
	}

	private static Issue issue(LocalDate date, String... texts) {
		List<Item> items = java.util.Arrays.stream(texts)
			.map(text -> new Item(2, text, List.of(new Source("GT", "Global Times", null)),
					List.of("Handel & diplomatie", "AI")))
			.toList();
		return new Issue(date, "Intro", List.of(new Section("Kop", items)));
	}

}
