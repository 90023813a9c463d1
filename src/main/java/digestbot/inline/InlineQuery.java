package digestbot.inline;

/**
 * What a reader typed after the bot's name, in any chat.
 *
 * @param userId who typed it
 * @param languageCode the reader's Telegram language code ("nl", "en-GB"), or null
 * @param text the words typed, possibly empty (untrusted: any length, any characters)
 * @param offset where the page asked for starts, as the previous answer's
 * {@link InlineAnswer#nextOffset()} gave it, or empty for the first page (untrusted)
 */
public record InlineQuery(long userId, String languageCode, String text, String offset) {

	public InlineQuery {
		text = (text == null) ? "" : text;
		offset = (offset == null) ? "" : offset;
	}

}
