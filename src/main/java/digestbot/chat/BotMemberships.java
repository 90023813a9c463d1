package digestbot.chat;

import java.util.List;

import digestbot.subscription.PlaceKind;
import digestbot.subscription.SubscriberStore;

import org.springframework.stereotype.Component;

/**
 * What the bot does when its own standing in a chat changes: added to a group, it says hello and
 * how to set it up; removed from a chat (or blocked by a reader), it stops pushing there; back,
 * its places there are active again with the settings they had.
 */
@Component
final class BotMemberships {

	private final SubscriberStore subscribers;

	private final Messages messages;

	BotMemberships(SubscriberStore subscribers, Messages messages) {
		this.subscribers = subscribers;
		this.messages = messages;
	}

	List<Outgoing> changed(Incoming.BotMembership change) {
		if (change.present() == change.wasPresent()) { // promoted or restricted: nothing to say
			return List.of();
		}
		if (!change.present()) {
			subscribers.chatLeft(change.chatId());
			return List.of();
		}
		subscribers.chatBack(change.chatId());
		if (change.kind() != PlaceKind.GROUP) {
			return List.of();
		}
		Language language = Language.fromTelegramCode(change.languageCode());
		return List.of(new Outgoing.Send(change.chatId(), messages.text(language, MessageKey.GROUP_HELLO)));
	}

}
