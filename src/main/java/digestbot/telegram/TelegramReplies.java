package digestbot.telegram;

import java.util.List;

import digestbot.chat.Keyboard;
import digestbot.text.Html;
import io.micrometer.core.instrument.MeterRegistry;
import digestbot.chat.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Carries out the chat's answers through the Bot API: HTML parse mode, link previews off.
 * A reply Telegram refuses for its markup is sent once more as plain text, so the user
 * still gets an answer.
 */
class TelegramReplies {

	private static final Logger log = LoggerFactory.getLogger(TelegramReplies.class);

	private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

	private final TelegramClient client;

	private final MeterRegistry meters;

	TelegramReplies(TelegramClient client, MeterRegistry meters) {
		this.client = client;
		this.meters = meters;
	}

	void carryOut(List<Outgoing> actions) {
		for (Outgoing action : actions) {
			try {
				carryOut(action);
				meters.counter("digestbot.replies", "outcome", "sent").increment();
			}
			catch (TelegramApiException ex) {
				meters.counter("digestbot.replies", "outcome", "failed").increment();
				log.warn("Reply not delivered ({}): {}", action.getClass().getSimpleName(), describe(ex));
			}
		}
	}

	private void carryOut(Outgoing action) throws TelegramApiException {
		if (action instanceof Outgoing.Send send) {
			send(send);
		}
		else if (action instanceof Outgoing.Edit edit) {
			edit(edit);
		}
		else if (action instanceof Outgoing.RemoveKeyboard remove) {
			client.execute(EditMessageReplyMarkup.builder()
				.chatId(remove.chatId())
				.messageId(remove.messageId())
				.replyMarkup(InlineKeyboardMarkup.builder().keyboard(List.of()).build())
				.build());
		}
		else if (action instanceof Outgoing.AnswerButton answer) {
			client.execute(AnswerCallbackQuery.builder().callbackQueryId(answer.callbackId()).text(answer.text()).build());
		}
	}

	private void send(Outgoing.Send send) throws TelegramApiException {
		try {
			client.execute(sendMessage(send.chatId(), send.html(), "HTML", send.keyboard()));
		}
		catch (TelegramApiRequestException ex) {
			if (!TelegramErrors.isMarkupError(ex)) {
				throw ex;
			}
			log.warn("Telegram refused the markup of a reply, sending it as plain text: {}", describe(ex));
			client.execute(sendMessage(send.chatId(), Html.toPlainText(send.html()), null, send.keyboard()));
		}
	}

	private void edit(Outgoing.Edit edit) throws TelegramApiException {
		try {
			client.execute(EditMessageText.builder()
				.chatId(edit.chatId())
				.messageId(edit.messageId())
				.text(edit.html())
				.parseMode("HTML")
				.linkPreviewOptions(NO_PREVIEW)
				.replyMarkup(markup(edit.keyboard()))
				.build());
		}
		catch (TelegramApiRequestException ex) {
			if (!TelegramErrors.isNotModified(ex)) {
				throw ex;
			}
		}
	}

	static SendMessage sendMessage(long chatId, String text, String parseMode, Keyboard keyboard) {
		return SendMessage.builder()
			.chatId(chatId)
			.text(text)
			.parseMode(parseMode)
			.linkPreviewOptions(NO_PREVIEW)
			.replyMarkup(markup(keyboard))
			.build();
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

	static String describe(TelegramApiException ex) {
		return TelegramErrors.describe(ex);
	}

}
