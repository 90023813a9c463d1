package digestbot.subscription;

/**
 * What kind of chat a place is in, which decides who may change its settings (see
 * {@link PlaceRights}): a reader's private chat, a group or supergroup (a forum thread is a
 * place of a group), or a channel.
 */
public enum PlaceKind {

	PRIVATE, GROUP, CHANNEL;

	/** A chat that writes to the bot: private when its id is positive, a group when negative. */
	public static PlaceKind ofChat(long chatId) {
		return chatId < 0 ? GROUP : PRIVATE;
	}

}
