package digestbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts each chat's commands per minute. Past the limit the chat gets one notice and is
 * ignored until its minute is over. Counters live in a bounded cache: a chat that went quiet
 * is forgotten.
 */
class FloodGuard {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final int limit;

	private final Clock clock;

	private final Cache<Long, Window> windows = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(WINDOW.multipliedBy(2))
		.build();

	FloodGuard(int limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	enum Verdict {

		ALLOW, NOTIFY, IGNORE

	}

	Verdict check(long chatId) {
		Instant now = clock.instant();
		Window window = windows.asMap().compute(chatId, (id, current) -> {
			if (current == null || !now.isBefore(current.start().plus(WINDOW))) {
				return new Window(now, 1);
			}
			return new Window(current.start(), current.count() + 1);
		});
		if (window.count() <= limit) {
			return Verdict.ALLOW;
		}
		return window.count() == limit + 1 ? Verdict.NOTIFY : Verdict.IGNORE;
	}

	private record Window(Instant start, int count) {
	}

}
