package digestbot.fakebotapi;

import tools.jackson.databind.JsonNode;

/**
 * A message the bot sent or edited, as the fake received it.
 *
 * @param chatId the chat it went to
 * @param messageId the id Telegram gave it (for an edit, the edited message's)
 * @param text the text as sent, HTML tags included
 * @param parseMode {@code HTML}, {@code MarkdownV2}... or null
 * @param replyMarkup the reply_markup JSON, or null when none was sent
 * @param linkPreviewDisabled whether link previews were turned off
 * @param receivedAtNanos when the call arrived, in {@link System#nanoTime()}
 * @param method {@code sendMessage}, {@code editMessageText} or {@code editMessageReplyMarkup}
 * @param threadId the forum thread it went into ({@code message_thread_id}), or 0
 */
public record SentMessage(long chatId, int messageId, String text, String parseMode, String replyMarkup,
		boolean linkPreviewDisabled, long receivedAtNanos, String method, long threadId) {

	public SentMessage(long chatId, int messageId, String text, String parseMode, String replyMarkup,
			boolean linkPreviewDisabled, long receivedAtNanos, String method) {
		this(chatId, messageId, text, parseMode, replyMarkup, linkPreviewDisabled, receivedAtNanos, method, 0);
	}

	/** The text as the user reads it: tags removed and entities decoded when HTML. */
	public String plainText() {
		return isHtml() ? HtmlValidator.plainText(this.text) : this.text;
	}

	public boolean isHtml() {
		return "HTML".equalsIgnoreCase(this.parseMode);
	}

	public boolean hasReplyMarkup() {
		return this.replyMarkup != null;
	}

	/**
	 * The callback data of the inline button whose label contains {@code label}.
	 * @throws AssertionError when the message has no such button
	 */
	public String buttonData(String label) {
		if (this.replyMarkup == null) {
			throw new AssertionError("no keyboard on " + plainText());
		}
		for (JsonNode row : Json.parse(this.replyMarkup).get("inline_keyboard")) {
			for (JsonNode button : row) {
				if (button.get("text").asString().contains(label)) {
					return button.get("callback_data").asString();
				}
			}
		}
		throw new AssertionError("no button '" + label + "' in " + this.replyMarkup);
	}

}
