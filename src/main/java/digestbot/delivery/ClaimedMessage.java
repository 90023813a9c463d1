package digestbot.delivery;

import java.util.List;

/**
 * The next message for a claimed chat: its text, in parts when one item alone is longer than
 * Telegram allows, and the deliveries it carries.
 *
 * @param claim the chat's claim
 * @param parts the message's HTML, each part at most 4096 characters
 * @param deliveryIds the deliveries it carries, SENT once its last part went out
 */
record ClaimedMessage(ChatClaim claim, List<String> parts, List<Long> deliveryIds) {

	ClaimedMessage {
		parts = List.copyOf(parts);
		deliveryIds = List.copyOf(deliveryIds);
	}

	/** The most tries any of its deliveries had before. */
	int attempts() {
		return claim.deliveries()
			.stream()
			.filter(delivery -> deliveryIds.contains(delivery.id()))
			.mapToInt(ClaimedDelivery::attempts)
			.max()
			.orElse(0);
	}

}
