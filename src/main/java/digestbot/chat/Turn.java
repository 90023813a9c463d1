package digestbot.chat;

import digestbot.subscription.Place;
import digestbot.subscription.Subscriber;

/**
 * One exchange with a chat: what came in, who the chat is, the language to answer in, and
 * whether the sender may use admin commands.
 */
record Turn(Incoming incoming, Subscriber subscriber, Language language, boolean admin) {

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

	Turn with(Subscriber changed) {
		return new Turn(incoming, changed, Language.fromTelegramCode(changed.language()), admin);
	}

}
