package digestbot.subscription;

/**
 * A place is gone for the bot: the chat blocked it, removed it or no longer exists, or the forum
 * thread was closed or deleted. It is inactive until someone speaks to the bot there again, and
 * nothing more should be sent to it. Published in the transaction that marks it.
 */
public record SubscriberGone(Place place) {
}
