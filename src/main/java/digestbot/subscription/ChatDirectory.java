package digestbot.subscription;

import java.util.Optional;

/**
 * What Telegram knows of chats and their members, as the core needs it to decide rights.
 * Implemented at the edge (Telegram), which may cache answers briefly; absent when the bot runs
 * without Telegram (the terminal chat, which has private chats only).
 */
public interface ChatDirectory {

	/**
	 * The chat by its {@code @username} or numeric id; empty when Telegram knows no such chat, or
	 * none the bot may see.
	 * @throws ChatDirectoryUnavailable when Telegram did not answer
	 */
	Optional<ChatInfo> find(String reference);

	/**
	 * The bot's own standing in the chat: in a channel, whether it is an administrator allowed to
	 * post.
	 * @throws ChatDirectoryUnavailable when Telegram did not answer
	 */
	Membership botMembership(long chatId);

	/**
	 * The user's standing in the chat; {@link Membership#NONE} when Telegram knows no such member or
	 * chat.
	 * @throws ChatDirectoryUnavailable when Telegram did not answer
	 */
	Membership membership(long chatId, long userId);

	/** Telegram did not answer a question about a chat (a timeout, a 5xx, a 429). */
	class ChatDirectoryUnavailable extends RuntimeException {

		public ChatDirectoryUnavailable(String reason) {
			super(reason);
		}

	}

}
