package digestbot.subscription;

/** Subscribers by state: receiving pushes, paused by themselves, gone (blocked the bot). */
public record SubscriberCounts(int active, int paused, int inactive) {
}
