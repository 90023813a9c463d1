package digestbot.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The morning push, bound under {@code digestbot.push}.
 *
 * @param enabled whether the planner runs every minute and the dispatcher starts with the app
 * (tests turn it off and drive both themselves)
 * @param rate the most messages per second sent, all chats together. On PostgreSQL this is the
 * limit of every instance on the database together: they take their tokens from one bucket in
 * the database (instances with another rate or margin get a bucket of their own, so give them
 * all the same). On H2, which one process owns, it is this instance's.
 * @param safetyMargin the fraction of {@code rate} left unused: the pace is
 * {@code rate * (1 - safetyMargin)}. Telegram counts arrivals, not departures: a request that
 * leaves on time but is delayed on its way (a GC pause, a slow connection) arrives closer to the
 * next one. 2% of 30/s leaves 20 ms per second of such jitter before a strict sliding-window
 * counter would see a 31st message in one second.
 * @param maxAttempts tries of a message failing with a 5xx, a timeout or a network error
 * before its deliveries are FAILED
 * @param retryDelay the wait after the first such failure; it doubles after each next one
 * @param maxRetryDelay the longest wait between two tries
 * @param senderThreads how many messages may be on their way at once
 * @param lease how long a claim holds deliveries; a claim older than that is taken to be of a
 * crashed instance. Must exceed the longest send (the HTTP timeout) by far.
 * @param pollInterval how often the dispatcher looks for due deliveries when it has none
 * @param recoverInterval how often deliveries of expired claims are made pending again
 * @param instanceId names this instance's claims; at start-up the claims of the same name are
 * taken back at once (they are of this instance before a crash). Give each instance its own.
 * @param chatGap the least time between two messages to one private chat, replies and the push
 * together (Telegram allows about one a second); three may go at once after a quiet spell
 * @param groupGap the same for a group or channel (Telegram allows 20 a minute)
 * @param windowMargin how much more than a second must pass between a send leaving this instance
 * and the send {@link #limit()} places after it ({@link DepartureWindow}): room for the way from
 * the HTTP client to Telegram, which the departure's stamp does not see
 */
@ConfigurationProperties("digestbot.push")
public record DeliveryProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30") double rate,
		@DefaultValue("0.02") double safetyMargin, @DefaultValue("5") int maxAttempts,
		@DefaultValue("1s") Duration retryDelay, @DefaultValue("10m") Duration maxRetryDelay,
		@DefaultValue("8") int senderThreads, @DefaultValue("2m") Duration lease,
		@DefaultValue("500ms") Duration pollInterval, @DefaultValue("30s") Duration recoverInterval,
		@DefaultValue("digestbot") String instanceId, @DefaultValue("1s") Duration chatGap,
		@DefaultValue("3s") Duration groupGap, @DefaultValue("15ms") Duration windowMargin) {

	public DeliveryProperties {
		if (!(rate > 0)) {
			throw new IllegalArgumentException("digestbot.push.rate must be positive, was " + rate);
		}
		if (!(safetyMargin >= 0 && safetyMargin < 0.5)) {
			throw new IllegalArgumentException("digestbot.push.safety-margin must be in [0, 0.5), was " + safetyMargin);
		}
		if (maxAttempts < 1 || senderThreads < 1) {
			throw new IllegalArgumentException("digestbot.push.max-attempts and sender-threads must be at least 1");
		}
		if (instanceId == null || instanceId.isBlank() || instanceId.length() > 60) {
			throw new IllegalArgumentException("digestbot.push.instance-id must be 1 to 60 characters");
		}
		if (!isPositive(chatGap) || !isPositive(groupGap)) {
			throw new IllegalArgumentException("digestbot.push.chat-gap and group-gap must be positive");
		}
		if (windowMargin == null || windowMargin.isNegative() || windowMargin.compareTo(Duration.ofSeconds(1)) > 0) {
			throw new IllegalArgumentException("digestbot.push.window-margin must be between 0 and 1s, was " + windowMargin);
		}
	}

	/** The messages per second actually aimed at. */
	public double pace() {
		return rate * (1 - safetyMargin);
	}

	/** The most sends in any sliding second: the rate, rounded down, at least one. */
	int limit() {
		return (int) Math.max(1, Math.floor(rate));
	}

	/** The least time between two messages to the chat: groups and channels have negative ids. */
	Duration gap(long chatId) {
		return (chatId < 0) ? groupGap : chatGap;
	}

	/** The wait before try {@code attempt + 1} after {@code attempt} failed tries. */
	Duration retryDelay(int attempt) {
		Duration delay = retryDelay;
		for (int i = 1; i < attempt && delay.compareTo(maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(maxRetryDelay) > 0) ? maxRetryDelay : delay;
	}

	private static boolean isPositive(Duration duration) {
		return duration != null && !duration.isNegative() && !duration.isZero();
	}

}
