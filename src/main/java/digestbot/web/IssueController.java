package digestbot.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.stats.ReadingCounter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One issue's page, and the short links to its items. Views are counted here, at the controller,
 * not in the page cache: a page served from memory is a view too. An item's view is its short link
 * followed (the links in the chat, the push and inline mode).
 */
@Controller
class IssueController {

	private final IssueStore issues;

	private final ItemViews items;

	private final Pages pages;

	private final ReadingCounter counter;

	IssueController(IssueStore issues, ItemViews items, Pages pages, ReadingCounter counter) {
		this.counter = counter;
		this.issues = issues;
		this.items = items;
		this.pages = pages;
	}

	/** A view of the page is counted here, whether it was rendered or served from memory, or was a 304. */
	@GetMapping("/issues/{date}")
	ResponseEntity<byte[]> issue(@PathVariable String date, Locale locale) {
		ResponseEntity<byte[]> page = pages.html("/issues/" + date, locale,
				() -> Addresses.date(date).flatMap(issues::byDate).map(this::view));
		if (page.getStatusCode().is2xxSuccessful() || page.getStatusCode().value() == HttpStatus.NOT_MODIFIED.value()) {
			Addresses.date(date).ifPresent(day -> counter.pageViewed(day, 0));
		}
		return page;
	}

	/**
	 * A short link to an item, {@code /i/2025-01-27/3}: to its place in its issue, or to the issue
	 * when an edit removed the item.
	 */
	@GetMapping("/i/{date}/{anchor}")
	ResponseEntity<byte[]> item(@PathVariable String date, @PathVariable String anchor, Locale locale) {
		Optional<Integer> number = Addresses.number(anchor);
		Optional<PublishedIssue> issue = Addresses.date(date).flatMap(issues::byDate);
		if (number.isEmpty() || issue.isEmpty()) {
			return pages.notFound(locale);
		}
		LocalDate day = issue.get().date();
		boolean there = issue.get().items().stream().anyMatch(item -> item.anchor() == number.get());
		if (there) {
			counter.pageViewed(day, number.get());
		}
		String target = there ? Addresses.item(day, number.get()) : Addresses.issue(day);
		return ResponseEntity.status(HttpStatus.FOUND).header("Location", target).build();
	}

	private View view(PublishedIssue issue) {
		List<SectionView> sections = issue.sections()
			.stream()
			.map(section -> new SectionView(section.title(), items.of(section.items())))
			.toList();
		Map<String, Object> model = new HashMap<>();
		model.put("date", issue.date());
		model.put("intro", issue.intro() == null ? "" : issue.intro());
		model.put("sections", sections);
		model.put("itemCount", issue.items().size());
		return new View("issue", model);
	}

	/** A section of the page; {@code title} is {@code null} for the items before the first heading. */
	record SectionView(String title, List<ItemView> items) {
	}

}
