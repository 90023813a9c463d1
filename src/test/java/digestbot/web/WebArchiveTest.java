package digestbot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import digestbot.admin.Draft;
import digestbot.admin.DraftStore;
import digestbot.digest.Issue;
import digestbot.digest.IssueStore;
import digestbot.digest.Item;
import digestbot.digest.Section;
import digestbot.digest.Source;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the web archive's tests: the whole application on a port of 127.0.0.1, the content
 * folder's seed issue imported, and a few issues of the tests' own published beside it (one with
 * markup in its text, one long enough to page a topic) and a draft that must never show. The
 * test classes share one application context; requests go through a plain HTTP client that
 * follows no redirect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "digestbot.push.enabled=false")
abstract class WebArchiveTest {

	static final LocalDate SEED = LocalDate.of(2025, 1, 27);

	/** An issue whose texts hold markup: an intro, an untitled section and a titled one. */
	static final LocalDate MARKUP = LocalDate.of(2025, 2, 3);

	/** An issue of 23 items on robots: more than a page of the topic. */
	static final LocalDate ROBOTS = LocalDate.of(2025, 2, 10);

	/** The newest issue. */
	static final LocalDate NEWEST = ROBOTS;

	/** The date of a draft that is never published. */
	static final LocalDate DRAFT = LocalDate.of(2025, 3, 3);

	static final String DRAFT_WORD = "Conceptwoordje";

	static final String SCRIPT_TEXT = "DeepSeek <script>alert('gehackt')</script> schudt de markt & de beurs op.";

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	int port;

	@Autowired
	IssueStore issues;

	@Autowired
	DraftStore drafts;

	@BeforeEach
	void publishTheTestsIssues() {
		if (issues.byDate(ROBOTS).isPresent()) {
			return;
		}
		Source gt = new Source("GT", "Global Times", "https://www.globaltimes.cn");
		issues.save(new Issue(MARKUP, "Een editie met <b>opmaak</b> & tekens.", List.of(
				new Section(null, List.of(new Item(2, SCRIPT_TEXT, List.of(gt), List.of("AI")))),
				new Section("AI & <chips>", List.of(
						new Item(4, "Chipmakers in Taiwan groeien door de vraag naar AI.",
								List.of(new Source("SCMP", "South China Morning Post", "https://www.scmp.com"),
										new Source("Le Monde", "Le Monde", null)),
								List.of("AI", "Handel & diplomatie")),
						new Item(5, "Een bericht zonder bron over robots.", List.of(), List.of("Robots")))))),
				"markup", "2025-02-03.txt");
		List<Item> robots = new java.util.ArrayList<>();
		for (int number = 1; number <= 23; number++) {
			robots.add(new Item(number + 1, "Robotbericht nummer " + number + " over mensrobots.", List.of(gt),
					List.of("Robots")));
		}
		issues.save(new Issue(ROBOTS, "Een editie vol robots.", List.of(new Section("Robots", robots))), "robots",
				"2025-02-10.txt");
		drafts.start(9_001, 9_001, Draft.State.READY, DRAFT, "2025-03-03.txt",
				"Intro van het concept.\n* " + DRAFT_WORD + " in een bericht dat nooit verschijnt. GT\n");
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** A GET of that path, with the headers given as name, value, name, value. */
	HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.GET().build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
