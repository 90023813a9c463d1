package digestbot.fakebotapi;

import java.time.Clock;
import java.util.function.Consumer;

import digestbot.fakebotapi.Conversations.BotMessage;
import tools.jackson.databind.node.ObjectNode;

/** Turns what a {@link FakeUser} does into Telegram-shaped updates waiting for the bot. */
final class Inbox {

	private final BotUser bot;

	private final UpdateQueue updates;

	private final Conversations conversations;

	private final FileStore files;

	private final Clock clock;

	Inbox(BotUser bot, UpdateQueue updates, Conversations conversations, FileStore files, Clock clock) {
		this.bot = bot;
		this.updates = updates;
		this.conversations = conversations;
		this.files = files;
		this.clock = clock;
	}

	int text(FakeUser user, String text) {
		return message(user, (message) -> {
			message.put("text", text);
			if (text.startsWith("/")) {
				int end = 0;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
					end++;
				}
				ObjectNode command = message.putArray("entities").addObject();
				command.put("type", "bot_command");
				command.put("offset", 0);
				command.put("length", end);
			}
		});
	}

	int document(FakeUser user, String fileName, String mimeType, byte[] content) {
		FileStore.StoredFile file = this.files.add(fileName, content);
		return message(user, (message) -> {
			ObjectNode document = message.putObject("document");
			document.put("file_id", file.fileId());
			document.put("file_unique_id", file.fileUniqueId());
			document.put("file_name", fileName);
			document.put("mime_type", mimeType);
			document.put("file_size", file.size());
		});
	}

	int button(FakeUser user, int messageId, String data) {
		String queryId = this.conversations.openCallbackQuery();
		BotMessage shown = this.conversations.botMessage(user.chatId(), messageId);
		ObjectNode message = Json.object();
		message.put("message_id", messageId);
		message.set("from", this.bot.json());
		message.set("chat", this.conversations.chatJson(user.chatId()));
		message.put("date", (shown != null) ? shown.date() : epochSeconds());
		if (shown != null) {
			message.put("text", HtmlValidator.checkMessageText(shown.text(), shown.parseMode()));
		}
		return this.updates.enqueue(user.chatId(), (updateId) -> {
			ObjectNode update = Json.object();
			update.put("update_id", updateId);
			ObjectNode query = update.putObject("callback_query");
			query.put("id", queryId);
			query.set("from", user.userJson());
			query.set("message", message);
			query.put("chat_instance", Long.toString(user.chatId() * 31 + 7));
			query.put("data", data);
			return update;
		});
	}

	String inlineQuery(FakeUser user, String query, String offset) {
		String queryId = this.conversations.openInlineQuery();
		this.updates.enqueue(user.userId(), (updateId) -> {
			ObjectNode update = Json.object();
			update.put("update_id", updateId);
			ObjectNode inline = update.putObject("inline_query");
			inline.put("id", queryId);
			inline.set("from", user.userJson());
			inline.put("query", query);
			inline.put("offset", offset);
			inline.put("chat_type", user.inlineChatType());
			return update;
		});
		return queryId;
	}

	private int message(FakeUser user, Consumer<ObjectNode> content) {
		ObjectNode chat = user.chatJson();
		this.conversations.rememberChat(user.chatId(), chat);
		int messageId = this.conversations.nextMessageId(user.chatId());
		long date = epochSeconds();
		return this.updates.enqueue(user.chatId(), (updateId) -> {
			ObjectNode update = Json.object();
			update.put("update_id", updateId);
			ObjectNode message = update.putObject("message");
			message.put("message_id", messageId);
			message.set("from", user.userJson());
			message.set("chat", chat);
			message.put("date", date);
			content.accept(message);
			return update;
		});
	}

	private long epochSeconds() {
		return this.clock.instant().getEpochSecond();
	}

}
