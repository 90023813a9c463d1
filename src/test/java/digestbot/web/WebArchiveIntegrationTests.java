package digestbot.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import digestbot.digest.Issue;
import digestbot.digest.Item;
import digestbot.digest.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive's pages as a browser gets them: status, language, content, escaping, caching. */
class WebArchiveIntegrationTests extends WebArchiveTest {

	@Test
	void theFrontPageListsTheLatestIssuesNewestFirstWithTheirIntrosAndTheTopics() {
		HttpResponse<String> page = get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
		assertThat(page.body()).contains("<html lang=\"nl\">", "<h1>Het nieuws van de digest</h1>",
				"<a href=\"/issues/2025-02-10\">Editie van 10 februari 2025</a>", "Een editie vol robots.",
				"<time datetime=\"2025-02-03\">maandag 3 februari 2025</time>", "23 berichten",
				"Robots mogen nu ook meedoen aan de halve marathon van Beijing.",
				"<a href=\"/topics/ev-nieuws\">EV-nieuws</a>", "<a href=\"/topics/ai\">AI</a>");
		assertThat(page.body().indexOf("/issues/2025-02-10")).isLessThan(page.body().indexOf("/issues/2025-02-03"));
		assertThat(page.body().indexOf("/issues/2025-02-03")).isLessThan(page.body().indexOf("/issues/2025-01-27"));
	}

	@Test
	void aBrowserThatPrefersEnglishGetsEnglish() {
		HttpResponse<String> page = get("/", "Accept-Language", "fr-FR,en-US;q=0.8,nl;q=0.5");

		assertThat(page.body()).contains("<html lang=\"en\">", "Issue of 10 February 2025", "Latest issues");
		assertThat(page.headers().firstValue("Content-Language")).contains("en");
		assertThat(page.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Language"));
		assertThat(get("/", "Accept-Language", "de-DE").body()).contains("<html lang=\"nl\">", "Laatste edities");
	}

	@Test
	void anIssuePageShowsItsIntroSectionsAndItemsWithAnchorsSourcesAndTopics() {
		HttpResponse<String> page = get("/issues/2025-02-03");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Editie van 3 februari 2025</h1>",
				"Een editie met &lt;b&gt;opmaak&lt;/b&gt; &amp; tekens.", "<h2>AI &amp; &lt;chips&gt;</h2>",
				"id=\"item-1\"", "id=\"item-2\"", "id=\"item-3\"",
				"<a href=\"https://www.globaltimes.cn\">Global Times</a>",
				"<a href=\"https://www.scmp.com\">South China Morning Post</a>", "<span>Le Monde</span>",
				"geen bron vermeld", "<a href=\"/topics/handel_diplomatie\">Handel &amp; diplomatie</a>",
				"<a href=\"/issues/2025-02-03#item-2\" aria-label=\"Link naar dit bericht: Chipmakers in Taiwan groeien door de vraag naar AI.\">Link naar dit bericht</a>");
		assertThat(page.body().indexOf("id=\"item-1\"")).isLessThan(page.body().indexOf("<h2>AI &amp;"));
		assertThat(page.body().indexOf("<h2>AI &amp;")).isLessThan(page.body().indexOf("id=\"item-2\""));
	}

	@Test
	void issueTextIsEscapedEverywhere() {
		for (String path : List.of("/issues/2025-02-03", "/topics/ai", "/search?q=DeepSeek+markt", "/")) {
			String body = get(path).body();

			assertThat(body).as(path).doesNotContain("<script", "<b>opmaak");
			assertThat(body).as(path).doesNotContainIgnoringCase("<script");
		}
		assertThat(get("/issues/2025-02-03").body())
			.contains("DeepSeek &lt;script&gt;alert(&#39;gehackt&#39;)&lt;/script&gt; schudt de markt &amp; de beurs op.");
	}

	@Test
	void aSecondRequestWithTheETagIsAnswered304() {
		for (String path : List.of("/", "/issues/2025-01-27", "/topics/robots?page=2", "/search?q=robots",
				"/feed.atom", "/topics/ai.atom")) {
			HttpResponse<String> first = get(path);
			String etag = first.headers().firstValue("ETag").orElseThrow();

			HttpResponse<String> second = get(path, "If-None-Match", etag);

			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(second.statusCode()).as(path).isEqualTo(304);
			assertThat(second.body()).as(path).isEmpty();
			assertThat(get(path, "If-None-Match", "\"something-else\"").statusCode()).as(path).isEqualTo(200);
		}
		assertThat(get("/css/archive.css").statusCode()).isEqualTo(200);
	}

	@Test
	void aMissingOrMalformedAddressGetsTheNotFoundPage() {
		for (String path : List.of("/issues/2024-12-30", "/issues/2025-02-30", "/issues/27-01-2025",
				"/issues/2025-1-27", "/issues/%3Cscript%3E", "/topics/sport", "/topics/ai?page=0",
				"/topics/ai?page=99", "/topics/ai?page=twee", "/topics/sport.atom", "/i/2025-02-03/nul",
				"/i/2024-12-30/1", "/no/such/page", "/admin", "/issues")) {
			HttpResponse<String> page = get(path, "Accept", "text/html");

			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).contains("<html lang=\"nl\">", "<h1>Niet gevonden</h1>",
					"<a href=\"/\">Naar alle edities</a>");
		}
		assertThat(get("/issues/nope", "Accept-Language", "en").body()).contains("<h1>Not found</h1>");
	}

	@Test
	void aDraftIsNeverShown() {
		assertThat(drafts.find(9_001)).isPresent();

		assertThat(get("/issues/" + DRAFT).statusCode()).isEqualTo(404);
		assertThat(get("/i/" + DRAFT + "/1").statusCode()).isEqualTo(404);
		for (String path : List.of("/", "/feed.atom", "/topics/ai", "/topics/robots")) {
			assertThat(get(path).body()).as(path).doesNotContain(DRAFT_WORD, DRAFT.toString());
		}
		assertThat(get("/search?q=" + DRAFT_WORD).body()).contains("Geen bericht bevat elk woord van")
			.doesNotContain("nooit verschijnt", "<article");
	}

	@Test
	void aTopicPageShowsItsItemsNewestFirstAPageAtATime() {
		HttpResponse<String> first = get("/topics/robots");
		HttpResponse<String> second = get("/topics/robots?page=2");

		assertThat(first.body()).contains("<h1>Onderwerp: Robots</h1>", "Robotbericht nummer 20 over mensrobots.",
				"<a href=\"/topics/robots?page=2\" rel=\"next\">Oudere berichten</a>",
				"<a href=\"/topics/robots.atom\">Atom-feed van Robots</a>",
				"<a href=\"/issues/2025-02-10#item-1\">Uit de editie van 10 februari 2025</a>")
			.doesNotContain("Robotbericht nummer 21 ");
		assertThat(first.body().split("<article ", -1)).hasSize(TopicController.PAGE_SIZE + 1);
		assertThat(second.body()).contains("Pagina 2", "Robotbericht nummer 21 over mensrobots.",
				"Een bericht zonder bron over robots.", "<a href=\"/topics/robots\" rel=\"prev\">Nieuwere berichten</a>");
		assertThat(second.body().indexOf("nummer 23")).isLessThan(second.body().indexOf("zonder bron"));
	}

	@Test
	void aTopicHasOneAddress() {
		HttpResponse<String> upper = get("/topics/EV-Nieuws");
		HttpResponse<String> firstPage = get("/topics/ai?page=1");

		assertThat(upper.statusCode()).isEqualTo(301);
		assertThat(upper.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/topics/ev-nieuws"));
		assertThat(firstPage.statusCode()).isEqualTo(301);
		assertThat(get("/topics/AI.atom").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/topics/ai.atom"));
	}

	@Test
	void searchFindsWhatTheChatsSearchFinds() {
		HttpResponse<String> page = get("/search?q=" + "chipmakers%20TAIWAN");

		assertThat(issues.search("chipmakers TAIWAN", SearchController.RESULTS)).hasSize(1);
		assertThat(page.body()).contains("1 bericht met elk woord van “chipmakers TAIWAN”",
				"Chipmakers in Taiwan groeien door de vraag naar AI.",
				"<a href=\"/issues/2025-02-03#item-2\">Uit de editie van 3 februari 2025</a>",
				"value=\"chipmakers TAIWAN\"");
		assertThat(get("/search?q=robotbericht").body().split("<article ", -1)).hasSize(SearchController.RESULTS + 1);
		assertThat(get("/search?q=%22%3E%3Cscript%3E").body()).contains("value=\"&quot;&gt;&lt;script&gt;\"",
				"Geen bericht bevat elk woord van");
		assertThat(get("/search").body()).contains("Je krijgt de tien nieuwste berichten");
	}

	@Test
	void aShortLinkLeadsToItsItemInItsIssue() {
		HttpResponse<String> link = get("/i/2025-02-03/2");

		assertThat(link.statusCode()).isEqualTo(302);
		assertThat(link.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/issues/2025-02-03#item-2"));
		assertThat(get("/i/2025-02-03/99").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/issues/2025-02-03"));
	}

	@Test
	void anItemKeepsItsAnchorWhenItsIssueIsPublishedAgainWithAnEdit() {
		LocalDate date = LocalDate.of(2024, 6, 3);
		issues.save(issue(date, "Eerste bericht over treinen in Europa.", "Tweede bericht over boten in de haven."),
				"v1", null);
		issues.save(issue(date, "Een nieuw bericht vooraan.", "Eerste bericht over treinen in Europa.",
				"Tweede bericht over boten en schepen in de haven."), "v2", null);

		String page = get("/issues/2024-06-03").body();

		assertThat(page).containsPattern("id=\"item-1\">\\s*<p class=\"text\">Eerste bericht over treinen")
			.containsPattern("id=\"item-2\">\\s*<p class=\"text\">Tweede bericht over boten en schepen")
			.doesNotContainPattern("id=\"item-[12]\">\\s*<p class=\"text\">Een nieuw bericht");
	}

	@Test
	void theWebPortServesNothingButTheArchiveTheWebhookAndHealth() {
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		for (String path : List.of("/actuator/env", "/actuator/prometheus", "/actuator/beans", "/actuator/shutdown",
				"/application.yml", "/templates/home.html", "/messages/web.properties", "/static/css/archive.css",
				"/db/migration/V1__digest_and_subscribers.sql", "/telegram/webhook")) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(404);
		}
		HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(url("/issues/2025-01-27")))
			.POST(HttpRequest.BodyPublishers.ofString("x"))
			.build());
		assertThat(post.statusCode()).isEqualTo(405);
	}

	private static Issue issue(LocalDate date, String... texts) {
		return new Issue(date, null, List.of(new Section(null,
				java.util.Arrays.stream(texts).map(text -> new Item(1, text, List.of(), List.of("Logistiek"))).toList())));
	}

}
