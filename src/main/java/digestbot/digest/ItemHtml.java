package digestbot.digest;

import java.util.stream.Collectors;

import digestbot.text.Html;

/**
 * An item as Telegram HTML, the same in the morning push and in the chat: its section title in
 * italics, its text, and its sources by full name, linked where they have a web address.
 */
public final class ItemHtml {

	private ItemHtml() {
	}

	/** The item's block, escaped; the push puts a topic heading over it, the chat a number before it. */
	public static String render(PublishedItem item) {
		StringBuilder html = new StringBuilder();
		if (item.sectionTitle() != null && !item.sectionTitle().isBlank()) {
			html.append(Html.italic(item.sectionTitle())).append('\n');
		}
		return html.append(body(item)).toString();
	}

	/** The item's text and sources without its section title, for a layout that heads each section once. */
	public static String body(PublishedItem item) {
		StringBuilder html = new StringBuilder();
		html.append(Html.escape(item.text()));
		if (!item.sources().isEmpty()) {
			html.append("\n— ");
			html.append(item.sources().stream().map(ItemHtml::source).collect(Collectors.joining(", ")));
		}
		return html.toString();
	}

	private static String source(Source source) {
		return Html.link(source.url(), source.fullName());
	}

}
