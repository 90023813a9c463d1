package digestbot.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import digestbot.digest.IssueStore;
import digestbot.digest.LinksProperties;
import digestbot.digest.Topic;
import digestbot.digest.TopicCatalog;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Atom feeds: every item, and each topic's items, newest first. */
@Controller
class FeedController {

	/** The newest items a feed holds; older ones are in the archive. */
	static final int ENTRIES = 50;

	private final IssueStore issues;

	private final TopicCatalog topics;

	private final ItemViews items;

	private final AtomFeeds feeds;

	private final Pages pages;

	private final MessageSource messages;

	private final LinksProperties links;

	FeedController(IssueStore issues, TopicCatalog topics, ItemViews items, AtomFeeds feeds, Pages pages,
			MessageSource messages, LinksProperties links) {
		this.issues = issues;
		this.topics = topics;
		this.items = items;
		this.feeds = feeds;
		this.pages = pages;
		this.messages = messages;
		this.links = links;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<byte[]> all() {
		String base = baseUrl();
		return pages.atom("/feed.atom", base,
				() -> Optional.of(feeds.write("all", text("feed.title"), base, "/feed.atom", "/",
						items.of(issues.newestItems(0, ENTRIES)), lastChange())));
	}

	@GetMapping("/topics/{slug}.atom")
	ResponseEntity<byte[]> topic(@PathVariable String slug, Locale locale) {
		Optional<Topic> topic = Addresses.topic(topics, slug);
		if (topic.isEmpty()) {
			return pages.notFound(locale);
		}
		if (!slug.equals(Addresses.slug(topic.get()))) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header("Location", Addresses.topicFeed(topic.get()))
				.build();
		}
		String base = baseUrl();
		String path = Addresses.topicFeed(topic.get());
		return pages.atom(path, base,
				() -> Optional.of(feeds.write("topic " + Addresses.slug(topic.get()),
						text("feed.topicTitle", topic.get().name()), base, path, Addresses.topic(topic.get()),
						items.of(issues.newestItemsOf(topic.get().name(), 0, ENTRIES)), lastChange())));
	}

	private Instant lastChange() {
		Instant last = issues.stamp().lastPublished();
		return last == null ? Instant.EPOCH : last;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, WebConfiguration.DUTCH);
	}

	/** The configured public address, else the one this request came to. */
	private String baseUrl() {
		return links.base()
			.map(Object::toString)
			.orElseGet(() -> ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				.replaceAll("/+$", ""));
	}

}
