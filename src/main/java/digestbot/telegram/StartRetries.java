package digestbot.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.event.RetryOnRetryEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Starts the bot on a thread of its own, and again while the Bot API does not answer: after a
 * network error, a timeout, a 5xx or a 429 (not before its retry_after), the next attempt comes
 * after a wait that doubles up to a ceiling (Resilience4j's retry with an exponential backoff).
 * So the rest of the application starts at once, and a Telegram outage at deploy time is waited
 * out rather than turned into a crash loop. An answer that no retry changes (a 401 for a wrong
 * token, a 400 for a webhook URL Telegram refuses), or no answer within the give-up time when
 * one is set, hands over to {@code giveUp}, which ends the application.
 */
class StartRetries {

	private static final Logger log = LoggerFactory.getLogger(StartRetries.class);

	/** How long stopping waits for an attempt on its way; it is interrupted first. */
	private static final long CANCEL_WAIT_SECONDS = 5;

	private final TelegramProperties.Connect settings;

	private final Clock clock;

	private final Runnable giveUp;

	private ScheduledExecutorService attempts;

	private volatile boolean cancelled;

	private volatile boolean started;

	private volatile String problem = "not started";

	StartRetries(TelegramProperties.Connect settings, Clock clock, Runnable giveUp) {
		this.settings = settings;
		this.clock = clock;
		this.giveUp = giveUp;
	}

	/** Runs the attempt in the background until it succeeds, fails for good, or {@link #cancel()}. */
	synchronized void begin(Attempt attempt) {
		cancelled = false;
		started = false;
		problem = "starting";
		Instant deadline = settings.givesUp() ? clock.instant().plus(settings.giveUpAfter()) : Instant.MAX;
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "telegram-start");
			thread.setDaemon(true);
			return thread;
		});
		attempts = executor;
		Retry retry = Retry.of("telegram-start", config(deadline));
		retry.getEventPublisher().onRetry(this::retrying);
		retry.executeCompletionStage(executor, () -> CompletableFuture.runAsync(() -> run(attempt), executor))
			.whenComplete((done, failure) -> finish(failure));
	}

	/** No further attempt; one on its way is interrupted and waited for a few seconds. */
	void cancel() {
		ScheduledExecutorService executor;
		synchronized (this) {
			cancelled = true;
			executor = attempts;
			attempts = null;
		}
		if (executor == null) {
			return;
		}
		executor.shutdownNow();
		try {
			executor.awaitTermination(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	boolean started() {
		return started;
	}

	/** Why the bot has not started (yet); null once it has. */
	String problem() {
		return problem;
	}

	private RetryConfig config(Instant deadline) {
		IntervalFunction backoff = IntervalFunction.ofExponentialBackoff(settings.retryDelay(), 2,
				settings.maxRetryDelay());
		return RetryConfig.custom()
			.maxAttempts(Integer.MAX_VALUE)
			.retryOnException(ex -> !cancelled && worthRetrying(ex) && clock.instant().isBefore(deadline))
			.intervalBiFunction((Integer attempt, Either<Throwable, Object> outcome) -> Math
				.max(backoff.apply(attempt), outcome.isLeft() ? retryAfterMillis(outcome.getLeft()) : 0))
			.build();
	}

	/** Telegram did not answer, or not yet: anything else is an answer no retry changes. */
	static boolean worthRetrying(Throwable ex) {
		if (ex instanceof TelegramApiException telegram) {
			int code = TelegramErrors.code(telegram);
			return code == 0 || code == 429 || code >= 500;
		}
		// The database not answering (yet) at start: the next attempt may find it.
		return ex instanceof DataAccessException;
	}

	private static long retryAfterMillis(Throwable ex) {
		return ex instanceof TelegramApiException telegram ? TimeUnit.SECONDS.toMillis(TelegramErrors.retryAfter(telegram))
				: 0;
	}

	private static void run(Attempt attempt) {
		try {
			attempt.run();
		}
		catch (Exception ex) {
			throw new CompletionException(ex);
		}
	}

	private void retrying(RetryOnRetryEvent event) {
		problem = describe(event.getLastThrowable()) + " (attempt " + event.getNumberOfRetryAttempts() + ")";
		log.warn("The bot could not start: {}; trying again in {} ms", problem, event.getWaitInterval().toMillis());
	}

	private void finish(Throwable failure) {
		if (failure == null) {
			started = true;
			problem = null;
			return;
		}
		Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
				: failure;
		if (cancelled || cause instanceof CancellationException) {
			return;
		}
		problem = describe(cause);
		if (worthRetrying(cause)) {
			log.error("The bot could not start within {}: {}; the application stops", settings.giveUpAfter(),
					problem);
		}
		else {
			log.error("The bot cannot start: {}; the application stops", problem);
		}
		giveUp.run();
	}

	private static String describe(Throwable ex) {
		if (ex instanceof TelegramApiException telegram) {
			return TelegramErrors.describe(telegram);
		}
		return ex.getClass().getSimpleName() + ": " + ex.getMessage();
	}

	/** One attempt to start; throws when it did not. */
	@FunctionalInterface
	interface Attempt {

		void run() throws Exception;

	}

}
