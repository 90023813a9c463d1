package digestbot.fakebotapi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/**
 * What the fake knows of each chat: how Telegram describes it, the next message id (shared by
 * the user's and the bot's messages, as in a private chat), the bot's messages that may be
 * edited, and the callback and inline queries waiting for an answer.
 */
final class Conversations {

	/** A message the bot sent, as it stands after its last edit; {@code threadId} 0 outside forum threads. */
	record BotMessage(long chatId, int messageId, String text, String parseMode, String replyMarkup, long date,
			long threadId) {

		BotMessage edited(String newText, String newParseMode, String newReplyMarkup) {
			return new BotMessage(this.chatId, this.messageId, newText, newParseMode, newReplyMarkup, this.date,
					this.threadId);
		}

	}

	private final Map<Long, ObjectNode> chats = new HashMap<>();

	private final Map<Long, Integer> lastMessageIds = new HashMap<>();

	private final Map<Long, Map<Integer, BotMessage>> botMessages = new HashMap<>();

	private final java.util.Set<String> frozenMessages = new java.util.HashSet<>();

	private final Set<String> openCallbackQueries = new HashSet<>();

	private long nextCallbackQueryId = 7_000_000_000_000L;

	private final Set<String> openInlineQueries = new HashSet<>();

	private long nextInlineQueryId = 9_000_000_000_000L;

	synchronized void rememberChat(long chatId, ObjectNode chatJson) {
		this.chats.put(chatId, chatJson.deepCopy());
	}

	/** Whether the chat was seen (someone wrote in it) or set up by the test. */
	synchronized boolean knows(long chatId) {
		return this.chats.containsKey(chatId);
	}

	/** The chat as Telegram describes it; a chat never seen is private, or a group when negative. */
	synchronized ObjectNode chatJson(long chatId) {
		ObjectNode known = this.chats.get(chatId);
		if (known != null) {
			return known.deepCopy();
		}
		ObjectNode chat = Json.object();
		chat.put("id", chatId);
		if (chatId < 0) {
			chat.put("type", "group");
			chat.put("title", "Group " + chatId);
		}
		else {
			chat.put("type", "private");
			chat.put("first_name", "User " + chatId);
		}
		return chat;
	}

	synchronized int nextMessageId(long chatId) {
		return this.lastMessageIds.merge(chatId, 1, Integer::sum);
	}

	synchronized void storeBotMessage(BotMessage message) {
		this.botMessages.computeIfAbsent(message.chatId(), (id) -> new HashMap<>()).put(message.messageId(), message);
	}

	synchronized BotMessage botMessage(long chatId, int messageId) {
		return this.botMessages.getOrDefault(chatId, Map.of()).get(messageId);
	}

	/** The bot's message is gone from the chat, as when a reader deletes it. */
	synchronized void deleteBotMessage(long chatId, int messageId) {
		this.botMessages.getOrDefault(chatId, new HashMap<>()).remove(messageId);
	}

	/** Telegram no longer lets the bot edit the message (too old in a business chat, and the like). */
	synchronized void freezeBotMessage(long chatId, int messageId) {
		this.frozenMessages.add(chatId + "/" + messageId);
	}

	synchronized boolean isFrozen(long chatId, int messageId) {
		return this.frozenMessages.contains(chatId + "/" + messageId);
	}

	synchronized String openCallbackQuery() {
		String id = Long.toString(this.nextCallbackQueryId++);
		this.openCallbackQueries.add(id);
		return id;
	}

	synchronized String openInlineQuery() {
		String id = Long.toString(this.nextInlineQueryId++);
		this.openInlineQueries.add(id);
		return id;
	}

	/** Answers an inline query once; false when unknown or answered already. */
	synchronized boolean closeInlineQuery(String id) {
		return id != null && this.openInlineQueries.remove(id);
	}

	/** Answers a callback query once; false when unknown or answered already. */
	synchronized boolean closeCallbackQuery(String id) {
		return id != null && this.openCallbackQueries.remove(id);
	}

}
