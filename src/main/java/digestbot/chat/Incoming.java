package digestbot.chat;

import digestbot.subscription.PlaceKind;

/** Something a user sent the bot, or did to it, in Telegram-independent terms. */
public sealed interface Incoming permits Incoming.Message, Incoming.ButtonPress, Incoming.BotMembership {

	long chatId();

	long userId();

	/** The user's Telegram language code ("nl", "en-GB"), or null. */
	String languageCode();

	/** The forum thread it came from ({@code message_thread_id} of a topic message), or 0. */
	default long threadId() {
		return 0;
	}

	/**
	 * A text message, or a document with its caption as text.
	 *
	 * @param firstName the sender's first name, or null
	 * @param group whether the chat is a group rather than a private chat
	 * @param text the text or caption as sent, {@code /command@somebot} included, or null
	 * @param document an attached file, or null
	 * @param botUsername the username of the bot it was sent to, or null when unknown (the
	 * terminal): {@link CommandParser} ignores commands addressed to another bot
	 * @param threadId the forum thread it was written in, or 0
	 */
	record Message(long chatId, long userId, String languageCode, String firstName, boolean group, String text,
			Document document, String botUsername, long threadId) implements Incoming {

		/** A message outside any forum thread. */
		public Message(long chatId, long userId, String languageCode, String firstName, boolean group, String text,
				Document document, String botUsername) {
			this(chatId, userId, languageCode, firstName, group, text, document, botUsername, 0);
		}

		/** A message in a private chat, from a user whose name is unknown, to a bot whose name is unknown. */
		public Message(long chatId, long userId, String languageCode, String text) {
			this(chatId, userId, languageCode, null, false, text, null, null);
		}

	}

	/**
	 * A press on an inline keyboard button.
	 *
	 * @param callbackId the id to answer the press with
	 * @param messageId the message the button belongs to
	 * @param data the button's callback data, as the client sent it (untrusted)
	 * @param threadId the forum thread of the message the button belongs to, or 0
	 */
	record ButtonPress(long chatId, long userId, String languageCode, String callbackId, int messageId, String data,
			long threadId) implements Incoming {

		/** A press outside any forum thread. */
		public ButtonPress(long chatId, long userId, String languageCode, String callbackId, int messageId,
				String data) {
			this(chatId, userId, languageCode, callbackId, messageId, data, 0);
		}

	}

	/**
	 * The bot's own standing in a chat changed ({@code my_chat_member}): it was added to a group
	 * or channel, or removed from it; in a private chat, the reader blocked or unblocked it.
	 *
	 * @param userId who changed it
	 * @param kind the chat's kind
	 * @param present whether the bot is in the chat now (member, administrator or restricted)
	 * @param wasPresent whether it was before
	 */
	record BotMembership(long chatId, long userId, String languageCode, PlaceKind kind, boolean present,
			boolean wasPresent) implements Incoming {
	}

	/**
	 * A file sent to the bot.
	 *
	 * @param fileId the id to fetch it with
	 * @param fileName its name as sent, or null
	 * @param size its size in bytes as announced, or 0 when unknown
	 */
	record Document(String fileId, String fileName, long size) {
	}

}
