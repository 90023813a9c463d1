package digestbot.fakebotapi;

import java.util.List;

/**
 * An answerInlineQuery call, as accepted.
 *
 * @param cacheTime the cache_time sent, or null when left to Telegram's default (300 s)
 * @param nextOffset the next_offset sent; empty when none
 */
public record InlineQueryAnswer(String inlineQueryId, List<Article> results, String nextOffset, Integer cacheTime,
		boolean isPersonal, long receivedAtNanos) {

	public InlineQueryAnswer {
		results = List.copyOf(results);
	}

	/**
	 * An InlineQueryResultArticle with its input_message_content.
	 *
	 * @param messageText the message_text as sent
	 * @param visibleText what the chat would show when the article is chosen
	 */
	public record Article(String id, String title, String description, String messageText, String parseMode,
			boolean linkPreviewDisabled, String visibleText) {
	}

}
