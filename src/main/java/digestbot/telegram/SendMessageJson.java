package digestbot.telegram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Writes the JSON of a {@code sendMessage} as the bot makes them (a chat, maybe a forum thread,
 * the text, maybe a parse mode, link previews off, maybe buttons with callback data) with
 * Jackson's streaming generator. The library's bean serializer asks each of the method's twenty
 * properties and each button's fourteen whether it is set, through reflection: a profile at a
 * thousand replies a second put it at a fifth of the Bot API call. A message with anything else
 * set is left to the library ({@link #write} is empty), so nothing is ever dropped; the
 * properties are those of TelegramBots 10.2.0, and {@code SendMessageJsonTests} compares both
 * writers' JSON.
 */
final class SendMessageJson {

	private final JsonFactory json;

	SendMessageJson(JsonFactory json) {
		this.json = json;
	}

	/** The request's JSON as UTF-8, or empty when the message sets anything this does not write. */
	Optional<byte[]> write(SendMessage message) {
		if (!plain(message)) {
			return Optional.empty();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(message.getText().length() + 256);
		try (JsonGenerator generator = json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringField("chat_id", message.getChatId());
			if (message.getMessageThreadId() != null) {
				generator.writeNumberField("message_thread_id", message.getMessageThreadId());
			}
			generator.writeStringField("text", message.getText());
			if (message.getParseMode() != null) {
				generator.writeStringField("parse_mode", message.getParseMode());
			}
			if (message.getLinkPreviewOptions() != null) {
				generator.writeObjectFieldStart("link_preview_options");
				generator.writeBooleanField("is_disabled", message.getLinkPreviewOptions().getIsDisabled());
				generator.writeEndObject();
			}
			if (message.getReplyMarkup() instanceof InlineKeyboardMarkup markup) {
				writeKeyboard(generator, markup);
			}
			generator.writeStringField("method", message.getMethod());
			generator.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.of(out.toByteArray());
	}

	private static void writeKeyboard(JsonGenerator generator, InlineKeyboardMarkup markup) throws IOException {
		generator.writeObjectFieldStart("reply_markup");
		generator.writeArrayFieldStart("inline_keyboard");
		for (InlineKeyboardRow row : markup.getKeyboard()) {
			generator.writeStartArray();
			for (InlineKeyboardButton button : row) {
				generator.writeStartObject();
				generator.writeStringField("text", button.getText());
				generator.writeStringField("callback_data", button.getCallbackData());
				generator.writeEndObject();
			}
			generator.writeEndArray();
		}
		generator.writeEndArray();
		generator.writeEndObject();
	}

	private static boolean plain(SendMessage message) {
		return message.getDirectMessagesTopicId() == null && message.getDisableWebPagePreview() == null
				&& message.getDisableNotification() == null && message.getReplyToMessageId() == null
				&& message.getEntities() == null && message.getAllowSendingWithoutReply() == null
				&& message.getProtectContent() == null && message.getReplyParameters() == null
				&& message.getBusinessConnectionId() == null && message.getMessageEffectId() == null
				&& message.getAllowPaidBroadcast() == null && message.getSuggestedPostParameters() == null
				&& message.getReceiverUserId() == null && plain(message.getLinkPreviewOptions())
				&& (message.getReplyMarkup() == null || callbackButtonsOnly(message.getReplyMarkup()));
	}

	private static boolean plain(LinkPreviewOptions options) {
		return options == null || (options.getIsDisabled() != null && options.getUrlField() == null
				&& options.getPreferSmallMedia() == null && options.getPreferLargeMedia() == null
				&& options.getShowAboveText() == null);
	}

	private static boolean callbackButtonsOnly(Object markup) {
		if (!(markup instanceof InlineKeyboardMarkup inline) || inline.getKeyboard() == null) {
			return false;
		}
		for (InlineKeyboardRow row : inline.getKeyboard()) {
			for (InlineKeyboardButton button : row) {
				if (button.getText() == null || button.getCallbackData() == null || button.getUrl() != null
						|| button.getCallbackGame() != null || button.getSwitchInlineQuery() != null
						|| button.getSwitchInlineQueryCurrentChat() != null || button.getPay() != null
						|| button.getLoginUrl() != null || button.getWebApp() != null
						|| button.getSwitchInlineQueryChosenChat() != null || button.getCopyText() != null
						|| button.getIconCustomEmojiId() != null || button.getStyle() != null) {
					return false;
				}
			}
		}
		return true;
	}

}
