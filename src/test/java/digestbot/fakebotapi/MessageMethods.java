package digestbot.fakebotapi;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

import digestbot.fakebotapi.Conversations.BotMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/** sendMessage, sendDocument, editMessageText, editMessageReplyMarkup and sendChatAction. */
final class MessageMethods {

	private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply "
			+ "markup are exactly the same as a content and reply markup of the current message";

	private final BotUser bot;

	private final Conversations conversations;

	private final Recorder recorder;

	private final Faults faults;

	private final Clock clock;

	private final Chats chats;

	MessageMethods(BotUser bot, Conversations conversations, Recorder recorder, Faults faults, Chats chats,
			Clock clock) {
		this.chats = chats;
		this.bot = bot;
		this.conversations = conversations;
		this.recorder = recorder;
		this.faults = faults;
		this.clock = clock;
	}

	JsonNode sendMessage(Params params) {
		long receivedAt = System.nanoTime();
		long chatId = chatId(params);
		String text = params.string("text");
		String parseMode = params.string("parse_mode");
		HtmlValidator.checkMessageText(text, parseMode);
		String markup = replyMarkup(params);
		long threadId = params.has("message_thread_id") ? params.longValue("message_thread_id") : 0;
		this.chats.checkThread(chatId, threadId);
		this.faults.acquireSend(chatId);
		int messageId = this.conversations.nextMessageId(chatId);
		BotMessage message = new BotMessage(chatId, messageId, text, parseMode, markup, epochSeconds(), threadId);
		this.conversations.storeBotMessage(message);
		this.recorder.sent(new SentMessage(chatId, messageId, text, parseMode, markup,
				linkPreviewDisabled(params), receivedAt, "sendMessage", threadId));
		return messageJson(message, false);
	}

	/** A file the bot sends as multipart, recorded with its name and bytes; the message carries the document. */
	JsonNode sendDocument(Params params) {
		long chatId = chatId(params);
		// The file is the part named "document", or the part that "document" names as attach://<name>.
		Multipart.Part file = params.file("document");
		String reference = params.string("document");
		if (file == null && reference != null && reference.startsWith("attach://")) {
			file = params.file(reference.substring("attach://".length()));
		}
		if (file == null) {
			throw Failure.badRequest("there is no document in the request").toException();
		}
		if (file.content().length == 0) {
			throw Failure.badRequest("file must be non-empty").toException();
		}
		String caption = params.string("caption");
		if (caption != null) {
			HtmlValidator.checkMessageText(caption, params.string("parse_mode"));
		}
		this.faults.acquireSend(chatId);
		int messageId = this.conversations.nextMessageId(chatId);
		this.recorder.sent(new SentDocument(chatId, messageId, file.fileName(), file.content(), caption));
		ObjectNode json = Json.object();
		json.put("message_id", messageId);
		json.set("from", this.bot.json());
		json.set("chat", this.conversations.chatJson(chatId));
		json.put("date", epochSeconds());
		ObjectNode document = json.putObject("document");
		document.put("file_id", "sent-" + chatId + "-" + messageId);
		document.put("file_unique_id", "sent-" + chatId + "-" + messageId);
		document.put("file_name", file.fileName());
		document.put("file_size", file.content().length);
		if (caption != null) {
			json.put("caption", caption);
		}
		return json;
	}

	JsonNode editMessageText(Params params) {
		long receivedAt = System.nanoTime();
		long chatId = chatId(params);
		String text = params.string("text");
		String parseMode = params.string("parse_mode");
		HtmlValidator.checkMessageText(text, parseMode);
		BotMessage old = messageToEdit(chatId, params);
		// Like Telegram, an edit without reply_markup removes the keyboard.
		String markup = replyMarkup(params);
		if (text.equals(old.text()) && Objects.equals(markup, old.replyMarkup())) {
			throw Failure.badRequest(NOT_MODIFIED).toException();
		}
		this.faults.acquireSend(chatId);
		BotMessage edited = old.edited(text, parseMode, markup);
		this.conversations.storeBotMessage(edited);
		this.recorder.edited(new SentMessage(chatId, old.messageId(), text, parseMode, markup,
				linkPreviewDisabled(params), receivedAt, "editMessageText"));
		return messageJson(edited, true);
	}

	JsonNode editMessageReplyMarkup(Params params) {
		long receivedAt = System.nanoTime();
		long chatId = chatId(params);
		BotMessage old = messageToEdit(chatId, params);
		String markup = replyMarkup(params);
		if (Objects.equals(markup, old.replyMarkup())) {
			throw Failure.badRequest(NOT_MODIFIED).toException();
		}
		this.faults.acquireSend(chatId);
		BotMessage edited = old.edited(old.text(), old.parseMode(), markup);
		this.conversations.storeBotMessage(edited);
		this.recorder.edited(new SentMessage(chatId, old.messageId(), old.text(), old.parseMode(), markup, false,
				receivedAt, "editMessageReplyMarkup"));
		return messageJson(edited, true);
	}

	JsonNode sendChatAction(Params params) {
		chatId(params);
		if (!params.has("action")) {
			throw Failure.badRequest("wrong parameter action in request").toException();
		}
		return BooleanNode.TRUE;
	}

	/** The chat_id of a call to a chat, after the faults injected for that chat. */
	private long chatId(Params params) {
		if (!params.has("chat_id")) {
			throw Failure.badRequest("chat_id is empty").toException();
		}
		Long chatId = params.longValue("chat_id");
		if (chatId == null) {
			throw Failure.badRequest("chat not found").toException();
		}
		this.faults.checkChat(chatId);
		this.chats.checkSend(chatId);
		return chatId;
	}

	private BotMessage messageToEdit(long chatId, Params params) {
		if (params.has("inline_message_id")) {
			throw Failure.badRequest("inline messages are not supported by the fake").toException();
		}
		Long messageId = params.longValue("message_id");
		BotMessage old = (messageId != null) ? this.conversations.botMessage(chatId, messageId.intValue()) : null;
		if (old == null) {
			throw Failure.badRequest("message to edit not found").toException();
		}
		if (this.conversations.isFrozen(chatId, messageId.intValue())) {
			throw Failure.badRequest("message can't be edited").toException();
		}
		return old;
	}

	/** The reply_markup as compact JSON; inline buttons checked like Telegram. */
	private static String replyMarkup(Params params) {
		JsonNode markup = params.json("reply_markup");
		if (markup == null) {
			return null;
		}
		for (JsonNode row : markup.path("inline_keyboard")) {
			for (JsonNode button : row) {
				checkButton(button);
			}
		}
		return Json.write(markup);
	}

	private static void checkButton(JsonNode button) {
		if (button.path("text").asString("").isEmpty()) {
			throw Failure.badRequest("text buttons are unallowed in the inline keyboard").toException();
		}
		JsonNode data = button.get("callback_data");
		if (data != null) {
			int bytes = data.asString("").getBytes(StandardCharsets.UTF_8).length;
			if (bytes < 1 || bytes > 64) {
				throw Failure.badRequest("BUTTON_DATA_INVALID").toException();
			}
		}
	}

	private static boolean linkPreviewDisabled(Params params) {
		JsonNode options = params.json("link_preview_options");
		boolean disabledByOptions = options != null && options.path("is_disabled").asBoolean(false);
		return disabledByOptions || params.bool("disable_web_page_preview");
	}

	private ObjectNode messageJson(BotMessage message, boolean edited) {
		ObjectNode json = Json.object();
		json.put("message_id", message.messageId());
		json.set("from", this.bot.json());
		json.set("chat", this.conversations.chatJson(message.chatId()));
		json.put("date", message.date());
		if (message.threadId() != 0) {
			json.put("message_thread_id", message.threadId());
			json.put("is_topic_message", true);
		}
		if (edited) {
			json.put("edit_date", epochSeconds());
		}
		json.put("text", HtmlValidator.checkMessageText(message.text(), message.parseMode()));
		if (message.replyMarkup() != null) {
			JsonNode markup = Json.parse(message.replyMarkup());
			if (markup.has("inline_keyboard")) {
				json.set("reply_markup", markup);
			}
		}
		return json;
	}

	private long epochSeconds() {
		return this.clock.instant().getEpochSecond();
	}

}
