package digestbot.subscription;

/**
 * A chat asked to be forgotten: its settings and topics are deleted. Published in the
 * transaction that deletes them, so that what other packages keep of the chat goes with them.
 */
public record SubscriberForgotten(long chatId) {
}
