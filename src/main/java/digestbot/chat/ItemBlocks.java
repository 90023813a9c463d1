package digestbot.chat;

import java.util.stream.Collectors;

import digestbot.digest.PublishedItem;
import digestbot.digest.Source;
import digestbot.text.Html;

/** Renders an item as a numbered block of Telegram HTML: section, text, sources. */
final class ItemBlocks {

	private final Replies replies;

	ItemBlocks(Replies replies) {
		this.replies = replies;
	}

	String block(Turn turn, int number, PublishedItem item) {
		StringBuilder block = new StringBuilder("<b>").append(number).append(".</b> ");
		if (item.sectionTitle() != null) {
			block.append("<b>").append(Html.escape(item.sectionTitle())).append("</b>\n");
		}
		block.append(Html.escape(item.text())).append('\n');
		block.append("<i>").append(sources(turn, item)).append("</i>");
		return block.toString();
	}

	private String sources(Turn turn, PublishedItem item) {
		if (item.sources().isEmpty()) {
			return replies.text(turn, MessageKey.SOURCE_NONE);
		}
		String names = item.sources().stream().map(Source::name).collect(Collectors.joining(", "));
		return replies.text(turn, MessageKey.ITEM_SOURCES, names);
	}

	/** The first words of an item, for tables of contents. */
	static String firstWords(String text, int maxLength) {
		if (text.length() <= maxLength) {
			return text;
		}
		int cut = text.lastIndexOf(' ', maxLength);
		return text.substring(0, cut > maxLength / 2 ? cut : maxLength) + "…";
	}

}
