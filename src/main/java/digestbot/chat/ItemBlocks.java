package digestbot.chat;

/** An item as the chat lists it: numbered, so /source can refer to it, and as the push shows it. */
final class ItemBlocks {

	private ItemBlocks() {
	}

	/** @param itemHtml the item as {@code digest.ItemHtml} renders it */
	static String block(int number, String itemHtml) {
		return "<b>" + number + ".</b> " + itemHtml;
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
