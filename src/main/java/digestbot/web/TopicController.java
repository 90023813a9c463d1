package digestbot.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedItem;
import digestbot.digest.Topic;
import digestbot.digest.TopicCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A topic's items across issues, newest first, a page at a time. */
@Controller
class TopicController {

	static final int PAGE_SIZE = 20;

	private final IssueStore issues;

	private final TopicCatalog topics;

	private final ItemViews items;

	private final Pages pages;

	TopicController(IssueStore issues, TopicCatalog topics, ItemViews items, Pages pages) {
		this.issues = issues;
		this.topics = topics;
		this.items = items;
		this.pages = pages;
	}

	/**
	 * The page of a topic; {@code /topics/AI} leads to {@code /topics/ai}, the one address of each
	 * page. A page past the last is not found.
	 */
	@GetMapping("/topics/{slug}")
	ResponseEntity<byte[]> topic(@PathVariable String slug, @RequestParam(name = "page", required = false) String page,
			Locale locale) {
		Optional<Topic> topic = Addresses.topic(topics, slug);
		Optional<Integer> number = page == null ? Optional.of(1) : Addresses.number(page);
		if (topic.isEmpty() || number.isEmpty()) {
			return pages.notFound(locale);
		}
		String path = Addresses.topic(topic.get()) + (number.get() > 1 ? "?page=" + number.get() : "");
		if (!slug.equals(Addresses.slug(topic.get())) || (page != null && number.get() == 1)) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", path).build();
		}
		return pages.html(path, locale, () -> view(topic.get(), number.get()));
	}

	private Optional<View> view(Topic topic, int page) {
		List<PublishedItem> found = issues.newestItemsOf(topic.name(), (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		if (found.isEmpty() && page > 1) {
			return Optional.empty();
		}
		String path = Addresses.topic(topic);
		String newer = page == 1 ? "" : page == 2 ? path : path + "?page=" + (page - 1);
		String older = found.size() > PAGE_SIZE ? path + "?page=" + (page + 1) : "";
		return Optional.of(new View("topic", Map.of("topic", Links.TopicLink.of(topic), "page", page, "items",
				items.of(found.subList(0, Math.min(found.size(), PAGE_SIZE))), "newer", newer, "older", older)));
	}

}
