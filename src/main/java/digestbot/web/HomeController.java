package digestbot.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import digestbot.digest.IssueStore;
import digestbot.digest.TopicCatalog;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The archive's front page: the latest issues, newest first, and the topics to browse. */
@Controller
class HomeController {

	static final int LATEST_ISSUES = 10;

	private final IssueStore issues;

	private final TopicCatalog topics;

	private final Pages pages;

	HomeController(IssueStore issues, TopicCatalog topics, Pages pages) {
		this.issues = issues;
		this.topics = topics;
		this.pages = pages;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home(Locale locale) {
		return pages.html("/", locale, () -> Optional.of(new View("home", Map.of(
				"issues", issues.archive(LATEST_ISSUES).stream().map(Links.IssueLink::of).toList(),
				"topics", topics.all().stream().map(Links.TopicLink::of).toList()))));
	}

}
