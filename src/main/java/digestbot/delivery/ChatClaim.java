package digestbot.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;

/**
 * The due deliveries of one place (a chat, or a thread of a forum), claimed together, with what
 * rendering them needs.
 *
 * @param place the chat, and the thread for a forum thread
 * @param kind private chat, group or channel
 * @param token the claim's token: only its holder may settle these rows
 * @param leaseEnd when another instance may take the rows over
 * @param language the subscriber's language
 * @param format how the subscriber wants the push packed
 * @param topics the topics the subscriber follows
 * @param deliveries the claimed rows, in planning order
 * @param messagesSent how many messages of these pushes the place already got (0: greet)
 */
record ChatClaim(Place place, PlaceKind kind, String token, Instant leaseEnd, String language, PushFormat format,
		Set<String> topics, List<ClaimedDelivery> deliveries, int messagesSent) {

	ChatClaim {
		topics = Set.copyOf(topics);
		deliveries = List.copyOf(deliveries);
	}

	long chatId() {
		return place.chatId();
	}

}
