package digestbot.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import digestbot.subscription.PushFormat;

/**
 * The due deliveries of one chat, claimed together, with what rendering them needs.
 *
 * @param chatId the chat
 * @param token the claim's token: only its holder may settle these rows
 * @param leaseEnd when another instance may take the rows over
 * @param language the subscriber's language
 * @param format how the subscriber wants the push packed
 * @param topics the topics the subscriber follows
 * @param deliveries the claimed rows, in planning order
 * @param messagesSent how many messages of these pushes the chat already got (0: greet)
 */
record ChatClaim(long chatId, String token, Instant leaseEnd, String language, PushFormat format, Set<String> topics,
		List<ClaimedDelivery> deliveries, int messagesSent) {

	ChatClaim {
		topics = Set.copyOf(topics);
		deliveries = List.copyOf(deliveries);
	}

}
