package digestbot.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import digestbot.digest.IssueStore;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The same search as the chat's {@code /search}: the newest items mentioning every word. */
@Controller
class SearchController {

	/** As many as the chat shows. */
	static final int RESULTS = 10;

	private static final int MAX_QUERY_LENGTH = 200;

	private final IssueStore issues;

	private final ItemViews items;

	private final Pages pages;

	SearchController(IssueStore issues, ItemViews items, Pages pages) {
		this.issues = issues;
		this.items = items;
		this.pages = pages;
	}

	@GetMapping("/search")
	ResponseEntity<byte[]> search(@RequestParam(name = "q", required = false) String q, Locale locale) {
		String query = q == null ? "" : q.strip().replaceAll("\\s+", " ");
		String words = capped(query);
		return pages.html("/search?q=" + words, locale, () -> Optional.of(new View("search", Map.of("query", words,
				"results", words.isEmpty() ? List.of() : items.of(issues.search(words, RESULTS))))));
	}

	private static String capped(String query) {
		if (query.length() <= MAX_QUERY_LENGTH) {
			return query;
		}
		int end = Character.isHighSurrogate(query.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
		return query.substring(0, end);
	}

}
