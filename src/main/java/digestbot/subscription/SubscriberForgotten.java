package digestbot.subscription;

/**
 * A place asked to be forgotten (or a channel was disconnected): its settings and topics are
 * deleted. Published in the transaction that deletes them, so that what other packages keep of
 * the place goes with them.
 */
public record SubscriberForgotten(Place place) {
}
