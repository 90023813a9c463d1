package digestbot.subscription;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a place, decided here and nowhere else. Everyone may read. A reader
 * changes the settings of their own private chat; in a group or a forum thread only the group's
 * administrators may (as Telegram says, asked through the {@link ChatDirectory}); a channel is
 * connected and managed by its administrators, and only once the bot may post in it.
 */
@Component
public class PlaceRights {

	private final ObjectProvider<ChatDirectory> directory;

	PlaceRights(ObjectProvider<ChatDirectory> directory) {
		this.directory = directory;
	}

	/**
	 * Whether the user may change the place's topics, push time, format, language or pause it (or
	 * disconnect a channel): anyone in their private chat, a group's administrators, a channel's
	 * administrators and whoever connected it.
	 */
	public boolean mayChangeSettings(Subscriber place, long userId) {
		if (place.kind() == PlaceKind.PRIVATE) {
			return true; // only its reader writes in a private chat
		}
		if (place.kind() == PlaceKind.CHANNEL && place.userId() == userId) {
			return true; // who connected it, even once the bot is no longer there to ask Telegram
		}
		return isAdministrator(place.chatId(), userId);
	}

	/** Whether the bot may post in a channel, or what it lacks. */
	public enum ChannelPosting {

		/** An administrator allowed to post messages. */
		ALLOWED,

		/** Not an administrator of the channel (not in it, or a plain subscriber). */
		NOT_ADMINISTRATOR,

		/** An administrator without the right "Post messages". */
		NO_POST_RIGHT

	}

	/** Whether the bot may post in the channel: it must be an administrator with "Post messages". */
	public ChannelPosting channelPosting(long channelId) {
		ChatDirectory chats = directory.getIfAvailable();
		Membership bot = (chats != null) ? chats.botMembership(channelId) : Membership.NONE;
		if (!bot.isAdministrator()) {
			return ChannelPosting.NOT_ADMINISTRATOR;
		}
		return bot.canPostMessages() ? ChannelPosting.ALLOWED : ChannelPosting.NO_POST_RIGHT;
	}

	/** Whether the user is an administrator (or the creator) of the chat; false without Telegram. */
	public boolean isAdministrator(long chatId, long userId) {
		ChatDirectory chats = directory.getIfAvailable();
		return chats != null && chats.membership(chatId, userId).isAdministrator();
	}

}
