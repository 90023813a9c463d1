package digestbot.subscription;

/**
 * A chat blocked the bot or no longer exists: it is inactive until it speaks to the bot again,
 * and nothing more should be sent to it. Published in the transaction that marks it.
 */
public record SubscriberGone(long chatId) {
}
