package digestbot.inline;

import digestbot.digest.ItemHtml;
import digestbot.digest.PublishedItem;
import digestbot.text.MessageSplitter;
import digestbot.text.Texts;

/**
 * The message a reader posts by picking a result: a header with the issue's date over the item
 * as the push shows it (sources and page link included). It must be one message: an item too
 * long for it keeps its first words, its sources and its link.
 */
final class InlineMessage {

	private final ItemHtml itemHtml;

	InlineMessage(ItemHtml itemHtml) {
		this.itemHtml = itemHtml;
	}

	/** @param header the header line, Telegram HTML */
	String html(String header, PublishedItem item) {
		String html = compose(header, item);
		int over = MessageSplitter.telegramLength(html) - MessageSplitter.TELEGRAM_LIMIT;
		if (over <= 0) {
			return html;
		}
		// The text's visible length is its length: the item's HTML only escapes it. One more for "…".
		int keep = item.text().length() - over - 1;
		if (keep > 0) {
			String shortened = compose(header, new PublishedItem(item.id(), item.issueDate(), item.number(), item.anchor(),
					item.sectionTitle(), Texts.firstWords(item.text(), keep), item.sources(), item.topics()));
			if (MessageSplitter.telegramLength(shortened) <= MessageSplitter.TELEGRAM_LIMIT) {
				return shortened;
			}
		}
		return MessageSplitter.split(html).get(0);
	}

	private String compose(String header, PublishedItem item) {
		return header + "\n" + itemHtml.render(item);
	}

}
