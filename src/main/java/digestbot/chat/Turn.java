package digestbot.chat;

import java.util.function.BooleanSupplier;

import digestbot.subscription.Place;
import digestbot.subscription.Subscriber;

/**
 * One exchange with a place: what came in, the place (a chat, or a forum thread), the language to
 * answer in, whether the sender may use admin commands, and whether they may change the place's
 * settings (asked of Telegram only when a command needs it).
 */
record Turn(Incoming incoming, Subscriber subscriber, Language language, boolean admin,
		BooleanSupplier settingsAllowed) {

	/** A turn whose sender may change the settings of a private chat only. */
	Turn(Incoming incoming, Subscriber subscriber, Language language, boolean admin) {
		this(incoming, subscriber, language, admin, () -> !subscriber.isGroup());
	}

	long chatId() {
		return incoming.chatId();
	}

	/** The place the exchange is about: the chat, or the forum thread it was written in. */
	Place place() {
		return subscriber.place();
	}

	long userId() {
		return incoming.userId();
	}

	/** Whether the sender may change the place's settings: anyone in a private chat, administrators in a group. */
	boolean mayChangeSettings() {
		return settingsAllowed.getAsBoolean();
	}

	Turn with(Subscriber changed) {
		return new Turn(incoming, changed, Language.fromTelegramCode(changed.language()), admin, settingsAllowed);
	}

	/** The same turn answered in another language. */
	Turn in(Language other) {
		return new Turn(incoming, subscriber, other, admin, settingsAllowed);
	}

}
