package digestbot.chat;

import digestbot.subscription.PlaceKind;

/** Something a user sent the bot, or did to it, in Telegram-independent terms. */
public sealed interface Incoming permits Incoming.Message, Incoming.ButtonPress, Incoming.BotMembership {

	long chatId();

	long userId();

	/** The user's Telegram language code ("nl", "en-GB"), or null. */
	String languageCode();

	/**
	 * A text message, or a document with its caption as text.
	 *
	 * @param firstName the sender's first name, or null
	 * @param group whether the chat is a group rather than a private chat
	 * @param text the text or caption as sent, {@code /command@somebot} included, or null
	 * @param document an attached file, or null
	 * @param botUsername the username of the bot it was sent to, or null when unknown (the
	 * terminal): {@link CommandParser} ignores commands addressed to another bot
	 */
	record Message(long chatId, long userId, String languageCode, String firstName, boolean group, String text,
			Document document, String botUsername) implements Incoming {

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
	 */
	record ButtonPress(long chatId, long userId, String languageCode, String callbackId, int messageId,
			String data) implements Incoming {
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
