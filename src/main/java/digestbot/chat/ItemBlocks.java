package digestbot.chat;

/** An item as the chat lists it: numbered, so /source can refer to it, and as the push shows it. */
final class ItemBlocks {

	private ItemBlocks() {
	}

	/** @param itemHtml the item as {@code digest.ItemHtml} renders it */
	static String block(int number, String itemHtml) {
		return "<b>" + number + ".</b> " + itemHtml;
	}

}
