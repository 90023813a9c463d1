package digestbot.chat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;
import digestbot.subscription.Subscriber;

/** Turns of a chat that needs no database: a new subscriber with the default settings. */
final class Turns {

	private Turns() {
	}

	static Turn of(Incoming incoming, boolean admin) {
		Language language = Language.fromTelegramCode(incoming.languageCode());
		Subscriber subscriber = new Subscriber(Place.chat(incoming.chatId()), PlaceKind.ofChat(incoming.chatId()), null,
				incoming.userId(), language.code(), LocalTime.of(7, 30), ZoneId.of("Europe/Brussels"), PushFormat.DIGEST,
				false, true, null, Set.of());
		return new Turn(incoming, subscriber, language, admin);
	}

	static Turn message(long user, String language, String text, boolean admin) {
		return of(new Incoming.Message(user, user, language, text), admin);
	}

}
