package digestbot.delivery;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Each chat's own budget: one message per {@code chatGap} in a private chat (Telegram allows
 * about one a second), with a burst of three so that a reply of two or three pages goes out at
 * once; one per {@code groupGap} in a group or channel (negative chat ids; Telegram allows 20 a
 * minute), with the same burst. Kept per instance in a bounded cache: a chat quiet for a minute
 * has its full budget again, so forgetting it loses nothing.
 */
final class ChatRates {

	private static final int BURST = 3;

	private final Bandwidth privateChat;

	private final Bandwidth group;

	private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(2))
		.build();

	ChatRates(Duration chatGap, Duration groupGap) {
		this.privateChat = limit(chatGap);
		this.group = limit(groupGap);
	}

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
		return buckets.get(chatId, id -> Bucket.builder().addLimit(id < 0 ? group : privateChat).build());
	}

	private static Bandwidth limit(Duration gap) {
		return Bandwidth.builder().capacity(BURST).refillGreedy(1, gap).build();
	}

}
