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

	private final Chats chats;

	Inbox(BotUser bot, UpdateQueue updates, Conversations conversations, FileStore files, Chats chats, Clock clock) {
		this.chats = chats;
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
			if (shown.threadId() != 0) {
				message.put("message_thread_id", shown.threadId());
				message.put("is_topic_message", true);
			}
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

	/** The user picked a result of an inline answer ({@code chosen_inline_result}, when feedback is on). */
	int chosenInlineResult(FakeUser user, String resultId, String query) {
		return this.updates.enqueue(user.userId(), (updateId) -> {
			ObjectNode update = Json.object();
			update.put("update_id", updateId);
			ObjectNode chosen = update.putObject("chosen_inline_result");
			chosen.put("result_id", resultId);
			chosen.set("from", user.userJson());
			chosen.put("query", query);
			return update;
		});
	}

	/**
	 * The user changes the bot's standing in their chat ({@code my_chat_member}): adds it, makes it
	 * an administrator, or removes it (after which sends to the chat get 403).
	 */
	int botMember(FakeUser user, Chats.Member member) {
		ObjectNode chat = user.chatJson();
		this.conversations.rememberChat(user.chatId(), chat);
		boolean removed = "left".equals(member.status()) || "kicked".equals(member.status());
		// A bot the test never added: in the group it writes in when removed, not yet in it when added.
		Chats.Member before = this.chats.hasMember(user.chatId(), this.bot.id())
				? this.chats.member(user.chatId(), this.bot.id()) : removed ? Chats.Member.MEMBER : Chats.Member.LEFT;
		this.chats.member(user.chatId(), this.bot.id(), member);
		if (removed) {
			this.chats.botRemoved(user.chatId(), Failure.forbidden(
					"channel".equals(chat.path("type").asString("")) ? "bot is not a member of the channel chat"
							: "bot was kicked from the " + chat.path("type").asString("group") + " chat"));
		}
		else {
			this.chats.botAdded(user.chatId());
		}
		Chats.Member old = before;
		long date = epochSeconds();
		return this.updates.enqueue(user.chatId(), (updateId) -> {
			ObjectNode update = Json.object();
			update.put("update_id", updateId);
			ObjectNode change = update.putObject("my_chat_member");
			change.set("chat", chat);
			change.set("from", user.userJson());
			change.put("date", date);
			change.set("old_chat_member", Chats.json(old, this.bot.json()));
			change.set("new_chat_member", Chats.json(member, this.bot.json()));
			return update;
		});
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
			if (user.threadId() != 0) {
				message.put("message_thread_id", user.threadId());
				message.put("is_topic_message", true);
			}
			content.accept(message);
			return update;
		});
	}

	private long epochSeconds() {
		return this.clock.instant().getEpochSecond();
	}

}
