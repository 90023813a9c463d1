package digestbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import digestbot.chat.Keyboard;
import digestbot.delivery.SendOutcome;

import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one place that puts something in a chat through the Bot API: new messages, edited texts
 * and removed keyboards, for replies and the push alike, always HTML or plain text with link
 * previews off; and the answers to inline queries, which put nothing in a chat until the reader
 * picks a result. Makes one call and reads Telegram's answer into a {@link SendOutcome}; never
 * throws for an answer. Turns in the send budget are the callers' business: they take one
 * before each call of a message.
 */
class TelegramSender {

	/** Telegram always names a wait with a 429; this is for a 429 that does not. */
	private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

	private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

	private final TelegramClient client;

	TelegramSender(TelegramClient client) {
		this.client = client;
	}

	/**
	 * Sends a message; {@code threadId} 0 for none (else the forum thread it goes into),
	 * {@code parseMode} null for plain text, {@code keyboard} may be null.
	 */
	SendOutcome send(long chatId, long threadId, String text, String parseMode, Keyboard keyboard) {
		try {
			Message sent = client.execute(SendMessage.builder()
				.chatId(chatId)
				.messageThreadId(threadId == 0 ? null : Math.toIntExact(threadId))
				.text(text)
				.parseMode(parseMode)
				.linkPreviewOptions(NO_PREVIEW)
				.replyMarkup(markup(keyboard))
				.build());
			return new SendOutcome.Sent(sent.getMessageId());
		}
		catch (TelegramApiException ex) {
			return outcome(ex);
		}
	}

	/** Replaces a sent message's HTML and keyboard; the same text again counts as done. */
	SendOutcome edit(long chatId, int messageId, String html, Keyboard keyboard) {
		try {
			client.execute(EditMessageText.builder()
				.chatId(chatId)
				.messageId(messageId)
				.text(html)
				.parseMode("HTML")
				.linkPreviewOptions(NO_PREVIEW)
				.replyMarkup(markup(keyboard))
				.build());
			return new SendOutcome.Sent(messageId);
		}
		catch (TelegramApiException ex) {
			return TelegramErrors.isNotModified(ex) ? new SendOutcome.Sent(messageId) : outcome(ex);
		}
	}

	/**
	 * Replaces a push message's text for a correction, keeping no keyboard (push messages have
	 * none). Unlike a reply's edit, the answers that say the edit will never be made are told apart.
	 */
	SendOutcome correct(long chatId, long messageId, String html) {
		try {
			client.execute(EditMessageText.builder()
				.chatId(chatId)
				.messageId(Math.toIntExact(messageId))
				.text(html)
				.parseMode("HTML")
				.linkPreviewOptions(NO_PREVIEW)
				.build());
			return new SendOutcome.Sent(messageId);
		}
		catch (TelegramApiException ex) {
			if (TelegramErrors.isNotModified(ex)) {
				return new SendOutcome.Unchanged();
			}
			if (TelegramErrors.isMessageGone(ex) || TelegramErrors.isNotEditable(ex)) {
				return new SendOutcome.NotEditable(TelegramErrors.describe(ex), TelegramErrors.isMessageGone(ex));
			}
			return outcome(ex);
		}
	}

	/** Takes the buttons off a sent message. */
	SendOutcome removeKeyboard(long chatId, int messageId) {
		try {
			client.execute(EditMessageReplyMarkup.builder()
				.chatId(chatId)
				.messageId(messageId)
				.replyMarkup(InlineKeyboardMarkup.builder().keyboard(List.of()).build())
				.build());
			return new SendOutcome.Sent(messageId);
		}
		catch (TelegramApiException ex) {
			return TelegramErrors.isNotModified(ex) ? new SendOutcome.Sent(messageId) : outcome(ex);
		}
	}

	/** Answers an inline query; {@link SendOutcome.Sent} carries no message id (0). */
	SendOutcome answerInlineQuery(AnswerInlineQuery answer) {
		try {
			client.execute(answer);
			return new SendOutcome.Sent(0);
		}
		catch (TelegramApiException ex) {
			return outcome(ex);
		}
	}

	/** A forum thread that was closed or deleted: gone for that thread only. */
	private static boolean isThreadGone(String lowerDescription) {
		return lowerDescription.contains("topic_closed") || lowerDescription.contains("topic_deleted")
				|| lowerDescription.contains("message thread not found");
	}

	static InlineKeyboardMarkup markup(Keyboard keyboard) {
		if (keyboard == null) {
			return null;
		}
		List<InlineKeyboardRow> rows = keyboard.rows()
			.stream()
			.map(row -> new InlineKeyboardRow(row.stream()
				.map(button -> InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build())
				.toList()))
			.toList();
		return InlineKeyboardMarkup.builder().keyboard(rows).build();
	}

	static SendOutcome outcome(TelegramApiException ex) {
		int code = TelegramErrors.code(ex);
		String description = TelegramErrors.describe(ex);
		String lower = description.toLowerCase(Locale.ROOT);
		if (code == 429) {
			int seconds = TelegramErrors.retryAfter(ex);
			return new SendOutcome.RateLimited(seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_WAIT);
		}
		long migratedTo = TelegramErrors.migratedTo(ex);
		if (migratedTo != 0) {
			return new SendOutcome.Moved(migratedTo);
		}
		if (code == 403 || (code == 400 && (lower.contains("chat not found") || lower.contains("user is deactivated")
				|| lower.contains("upgraded to a supergroup") || isThreadGone(lower)))) {
			return new SendOutcome.ChatGone(description);
		}
		if (TelegramErrors.isMarkupError(ex)) {
			return new SendOutcome.BadMarkup(description);
		}
		// No code means no answer from Telegram (timeout, network, a proxy's error page): try again.
		return new SendOutcome.Failed(description, code == 0 || code >= 500);
	}

}
