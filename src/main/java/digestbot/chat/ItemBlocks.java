package digestbot.chat;

import digestbot.digest.ItemHtml;
import digestbot.digest.PublishedItem;

/** An item as the chat lists it: numbered, so /source can refer to it, and as the push shows it. */
final class ItemBlocks {

	private ItemBlocks() {
	}

	static String block(int number, PublishedItem item) {
		return "<b>" + number + ".</b> " + ItemHtml.render(item);
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
