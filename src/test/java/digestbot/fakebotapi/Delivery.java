package digestbot.fakebotapi;

/**
 * When an update was handed to the bot: {@code enqueuedAtNanos} when the test pushed it,
 * {@code deliveredAtNanos} when a getUpdates answer first carried it (both {@link System#nanoTime()}).
 */
public record Delivery(int updateId, long chatId, long enqueuedAtNanos, long deliveredAtNanos) {

	/** How long the update waited for a poller. */
	public long waitNanos() {
		return this.deliveredAtNanos - this.enqueuedAtNanos;
	}

}
