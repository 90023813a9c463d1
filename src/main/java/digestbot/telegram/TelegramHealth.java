package digestbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Whether the bot started and the Bot API answers, through {@code getMe}. Down, without asking
 * Telegram, until the bot started. The answer is kept for a little while so that frequent health
 * checks do not become a load on Telegram.
 */
class TelegramHealth implements HealthIndicator {

	private static final Duration FRESH = Duration.ofSeconds(30);

	private final TelegramClient client;

	private final Clock clock;

	private final StartRetries start;

	private volatile Instant checkedAt = Instant.MIN;

	private volatile Health last;

	TelegramHealth(TelegramClient client, Clock clock, StartRetries start) {
		this.client = client;
		this.clock = clock;
		this.start = start;
	}

	@Override
	public Health health() {
		if (!start.started()) {
			return Health.down().withDetail("starting", String.valueOf(start.problem())).build();
		}
		Instant now = clock.instant();
		if (last == null || now.isAfter(checkedAt.plus(FRESH))) {
			last = check();
			checkedAt = now;
		}
		return last;
	}

	private Health check() {
		try {
			return Health.up().withDetail("bot", "@" + client.execute(new GetMe()).getUserName()).build();
		}
		catch (TelegramApiException ex) {
			return Health.down().withDetail("error", TelegramErrors.describe(ex)).build();
		}
	}

}
