package digestbot.delivery;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Each chat's own budget: about one message a second in a private chat, with a burst of three
 * so that a reply of two or three pages goes out at once; 20 a minute in a group or channel
 * (negative chat ids), with the same burst. Kept per instance in a bounded cache: a chat quiet
 * for a minute has its full budget again, so forgetting it loses nothing.
 */
final class ChatRates {

	private static final int BURST = 3;

	private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(2))
		.build();

	/** Waits for the chat's next message slot. */
	void acquire(long chatId) throws InterruptedException {
		bucket(chatId).asBlocking().consume(1);
	}

	/** Takes the chat's next slot if it is free now; else how long until it is. */
	Duration tryAcquire(long chatId) {
		ConsumptionProbe probe = bucket(chatId).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	private Bucket bucket(long chatId) {
		return buckets.get(chatId, id -> Bucket.builder()
			.addLimit(id < 0 ? limit(Duration.ofMinutes(1), 20) : limit(Duration.ofSeconds(1), 1))
			.build());
	}

	private static Bandwidth limit(Duration period, int messages) {
		return Bandwidth.builder().capacity(BURST).refillGreedy(messages, period).build();
	}

}
