package digestbot.subscription;

/**
 * Where the digest goes: a chat, or a thread of a forum. Private chats, groups, forum threads
 * and channels are all places; they differ in their {@link PlaceKind}.
 *
 * @param chatId the Telegram chat (a user's private chat, a group or supergroup, a channel)
 * @param threadId the forum thread ({@code message_thread_id}), or {@link #NO_THREAD} for the
 * whole chat
 */
public record Place(long chatId, long threadId) {

	/** The thread id of a place that is a whole chat. */
	public static final long NO_THREAD = 0;

	/** A whole chat. */
	public static Place chat(long chatId) {
		return new Place(chatId, NO_THREAD);
	}

	/** Whether this is a thread of a forum rather than a whole chat. */
	public boolean isThread() {
		return threadId != NO_THREAD;
	}

	@Override
	public String toString() {
		return isThread() ? chatId + "/" + threadId : String.valueOf(chatId);
	}

}
