package digestbot.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes Atom 1.0 feeds of items with ROME. An entry is an item: its id is made from its issue's
 * date and its anchor, so it stays the same when the issue is published again with an edit (and
 * wherever the archive is served from); it is dated by its issue, titled by its first words, holds
 * the item's text, sources and topics as HTML, and links to the item's place in its issue.
 */
@Component
class AtomFeeds {

	private final Pages pages;

	private final MessageSource messages;

	AtomFeeds(Pages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	/**
	 * @param key what the feed holds ("all", "topic:ai"): its id is made from it
	 * @param title the feed's title
	 * @param baseUrl where the archive is served, without a trailing slash
	 * @param path the feed's own address under the base
	 * @param pagePath the address of the page that shows the same items
	 * @param updated when the archive last changed, for a feed without entries
	 */
	String write(String key, String title, String baseUrl, String path, String pagePath, List<ItemView> items,
			Instant updated) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(id("feed " + key));
		feed.setTitle(title);
		feed.setLanguage(WebConfiguration.DUTCH.getLanguage());
		feed.setUpdated(Date.from(items.isEmpty() ? updated : dated(items.get(0).issueDate())));
		feed.setAuthors(List.of(author()));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", baseUrl + pagePath)));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", baseUrl + path)));
		feed.setEntries(items.stream().map(item -> entry(item, baseUrl)).toList());
		try {
			return new WireFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("ROME could not write the feed " + key, ex);
		}
	}

	private Entry entry(ItemView item, String baseUrl) {
		Entry entry = new Entry();
		entry.setId(id("item " + item.issueDate() + " " + item.anchor()));
		entry.setTitle(item.headline());
		Date date = Date.from(dated(item.issueDate()));
		entry.setUpdated(date);
		entry.setPublished(date);
		entry.setAlternateLinks(List.of(link("alternate", "text/html", baseUrl + item.path())));
		Content content = new Content();
		content.setType(Content.HTML);
		content.setValue(pages.render(new View("feed/entry", Map.of("item", item)), WebConfiguration.DUTCH).strip());
		entry.setContents(List.of(content));
		entry.setCategories(item.topics().stream().map(topic -> category(topic.name())).toList());
		return entry;
	}

	private Person author() {
		Person author = new Person();
		author.setName(messages.getMessage("site.name", null, WebConfiguration.DUTCH));
		return author;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static Category category(String term) {
		Category category = new Category();
		category.setTerm(term);
		return category;
	}

	/** An issue's date as an instant: its midnight in UTC. */
	static Instant dated(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** A name-based UUID URN: the same name gives the same id everywhere and always (RFC 4287, 4.2.6). */
	static String id(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("digestbot " + name).getBytes(StandardCharsets.UTF_8));
	}

}
