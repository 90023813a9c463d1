package digestbot.web;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import digestbot.digest.Issue;
import digestbot.digest.Item;
import digestbot.digest.Section;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom feeds, read back with ROME and held to RFC 4287: a feed has an id, a title, an
 * updated date and an author, links to itself and to its page; every entry has an id of its own,
 * a title, an updated date and a link to its item's anchor.
 */
class AtomFeedIntegrationTests extends WebArchiveTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Test
	void theFeedOfEveryItemIsValidAtomNewestFirst() throws Exception {
		HttpResponse<String> response = get("/feed.atom");
		Feed feed = parse(response.body());

		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/atom+xml").containsIgnoringCase("UTF-8"));
		assertFollowsRfc4287(feed, "/feed.atom", "/");
		assertThat(feed.getEntries()).hasSize(Math.min(FeedController.ENTRIES, issues.newestItems(0, 1_000).size()));
		assertThat(feed.getTitle()).isEqualTo("Digestbot: alle berichten");
		assertThat(feed.getUpdated()).isEqualTo(java.util.Date.from(AtomFeeds.dated(NEWEST)));
		assertThat(alternate(feed.getEntries().get(0))).isEqualTo(url("/issues/2025-02-10#item-1"));
		assertThat(feed.getEntries()).extracting(entry -> alternate(entry).replaceAll(".*/issues/([0-9-]+)#.*", "$1"))
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(response.body()).contains("<updated>2025-02-10T00:00:00Z</updated>");
	}

	@Test
	void anEntryHoldsTheItemsTextSourcesAndTopicsEscaped() throws Exception {
		Entry entry = parse(get("/feed.atom").body()).getEntries()
			.stream()
			.filter(candidate -> alternate(candidate).endsWith("/issues/2025-02-03#item-1"))
			.findFirst()
			.orElseThrow();
		Content content = entry.getContents().get(0);

		assertThat(entry.getTitle()).isEqualTo("DeepSeek <script>alert('gehackt')</script> schudt de markt & de beurs op.");
		assertThat(content.getType()).isEqualTo("html");
		assertThat(content.getValue()).contains("DeepSeek &lt;script&gt;alert(&#39;gehackt&#39;)&lt;/script&gt;",
				"<a href=\"https://www.globaltimes.cn\">Global Times</a>", "Onderwerpen")
			.doesNotContain("<script");
		assertThat(entry.getCategories()).extracting(category -> category.getTerm()).containsExactly("AI");
		assertThat(entry.getUpdated()).isEqualTo(java.util.Date.from(AtomFeeds.dated(MARKUP)));
	}

	@Test
	void aTopicsFeedHoldsOnlyThatTopicsItems() throws Exception {
		Feed feed = parse(get("/topics/robots.atom").body());

		assertFollowsRfc4287(feed, "/topics/robots.atom", "/topics/robots");
		assertThat(feed.getTitle()).isEqualTo("Digestbot: Robots");
		assertThat(feed.getEntries()).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.getCategories()).extracting(category -> category.getTerm())
				.contains("Robots"));
		assertThat(feed.getId()).isNotEqualTo(parse(get("/feed.atom").body()).getId());
	}

	@Test
	void anEntryKeepsItsIdAndAnchorWhenItsIssueIsPublishedAgainWithAnEdit() throws Exception {
		LocalDate date = LocalDate.of(2024, 6, 10);
		issues.save(issue(date, "Onderzoekers bouwen een nieuwe telescoop in Chili.", "Een tweede wetenschapsbericht."),
				"v1", null);
		Entry before = entryAbout("telescoop");
		issues.save(issue(date, "Een nieuw wetenschapsbericht vooraan.",
				"Onderzoekers bouwen een nieuwe grote telescoop in Chili.", "Een tweede wetenschapsbericht."), "v2", null);

		Entry after = entryAbout("telescoop");

		assertThat(after.getTitle()).contains("grote telescoop");
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(alternate(after)).isEqualTo(alternate(before)).endsWith("/issues/2024-06-10#item-1");
	}

	private Entry entryAbout(String word) throws Exception {
		return parse(get("/topics/wetenschap.atom").body()).getEntries()
			.stream()
			.filter(entry -> entry.getTitle().contains(word))
			.findFirst()
			.orElseThrow();
	}

	private void assertFollowsRfc4287(Feed feed, String path, String pagePath) {
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getId()).startsWith("urn:uuid:");
		assertThat(feed.getTitle()).isNotBlank();
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(feed.getAuthors()).isNotEmpty().allSatisfy(author -> assertThat(author.getName()).isNotBlank());
		assertThat(feed.getOtherLinks()).anySatisfy(link -> {
			assertThat(link.getRel()).isEqualTo("self");
			assertThat(link.getHref()).isEqualTo(url(path));
		});
		assertThat(feed.getAlternateLinks()).extracting(Link::getHref).containsExactly(url(pagePath));
		Set<String> ids = new HashSet<>();
		for (Entry entry : feed.getEntries()) {
			assertThat(entry.getId()).startsWith("urn:uuid:");
			assertThat(ids.add(entry.getId())).as("unique id %s", entry.getId()).isTrue();
			assertThat(entry.getTitle()).isNotBlank();
			assertThat(entry.getUpdated()).isNotNull();
			assertThat(alternate(entry)).matches(java.util.regex.Pattern.quote(url("/issues/")) + "\\d{4}-\\d{2}-\\d{2}#item-\\d+");
			assertThat(entry.getContents()).hasSize(1);
		}
	}

	/** The feed read with ROME, after checking that it is namespaced Atom XML. */
	private static Feed parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
		return (Feed) new WireFeedInput().build(new StringReader(xml));
	}

	private static String alternate(Entry entry) {
		List<Link> links = entry.getAlternateLinks();
		assertThat(links).hasSize(1);
		return links.get(0).getHref();
	}

	private static Issue issue(LocalDate date, String... texts) {
		return new Issue(date, null, List.of(new Section(null,
				java.util.Arrays.stream(texts).map(text -> new Item(1, text, List.of(), List.of("Wetenschap"))).toList())));
	}

}
