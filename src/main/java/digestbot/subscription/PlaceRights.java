package digestbot.subscription;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a place, decided here and nowhere else. Everyone may read. A reader
 * changes the settings of their own private chat; in a group or a forum thread only the group's
 * administrators may (as Telegram says, asked through the {@link ChatDirectory}); a channel is
 * managed by its administrators.
 */
@Component
public class PlaceRights {

	private final ObjectProvider<ChatDirectory> directory;

	PlaceRights(ObjectProvider<ChatDirectory> directory) {
		this.directory = directory;
	}

	/** Whether the user may change the place's topics, push time, format, language or pause it. */
	public boolean mayChangeSettings(Subscriber place, long userId) {
		if (place.kind() == PlaceKind.PRIVATE) {
			return true; // only its reader writes in a private chat
		}
		return isAdministrator(place.chatId(), userId);
	}

	/** Whether the user is an administrator (or the creator) of the chat; false without Telegram. */
	public boolean isAdministrator(long chatId, long userId) {
		ChatDirectory chats = directory.getIfAvailable();
		return chats != null && chats.membership(chatId, userId).isAdministrator();
	}

}
