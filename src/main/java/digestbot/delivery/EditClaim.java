package digestbot.delivery;

import java.time.Instant;
import java.util.List;

import digestbot.subscription.Place;

/**
 * The due edits of one place, claimed together so that one place's edits go out one at a time
 * and in order.
 *
 * @param place the chat, and the thread for a forum thread
 * @param token the claim's token: only its holder may settle these rows
 * @param leaseEnd when another instance may take the rows over
 * @param edits the claimed rows, oldest first
 */
record EditClaim(Place place, String token, Instant leaseEnd, List<ClaimedEdit> edits) {

	EditClaim {
		edits = List.copyOf(edits);
	}

}
