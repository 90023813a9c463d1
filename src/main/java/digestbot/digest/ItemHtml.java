package digestbot.digest;

import java.util.stream.Collectors;

import digestbot.text.Html;

/**
 * An item as Telegram HTML, the same in the morning push, in the chat and in inline mode: its
 * section title in italics, its text, its sources by full name, linked where they have a web
 * address, and one short link to its page on the web archive when there is one.
 */
public final class ItemHtml {

	/** The text of the link to an item's page: the same in every language, and short. */
	static final String PAGE_LINK_TEXT = "🔗 online";

	private final ItemLinks links;

	public ItemHtml(ItemLinks links) {
		this.links = links;
	}

	/** The item's block, escaped; the push puts a topic heading over it, the chat a number before it. */
	public String render(PublishedItem item) {
		StringBuilder html = new StringBuilder();
		if (item.sectionTitle() != null && !item.sectionTitle().isBlank()) {
			html.append(Html.italic(item.sectionTitle())).append('\n');
		}
		return html.append(body(item)).toString();
	}

	/** The item's text and sources without its section title, for a layout that heads each section once. */
	public String body(PublishedItem item) {
		StringBuilder html = new StringBuilder();
		html.append(Html.escape(item.text()));
		if (!item.sources().isEmpty()) {
			html.append("\n— ");
			html.append(item.sources().stream().map(ItemHtml::source).collect(Collectors.joining(", ")));
		}
		links.of(item).ifPresent(page -> html.append(item.sources().isEmpty() ? "\n" : " · ")
			.append(Html.link(page.toString(), PAGE_LINK_TEXT)));
		return html.toString();
	}

	private static String source(Source source) {
		return Html.link(source.url(), source.fullName());
	}

}
