package digestbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import digestbot.delivery.SendOutcome;
import digestbot.inline.InlineAnswer;
import digestbot.inline.InlineQuery;
import digestbot.inline.InlineResult;
import digestbot.inline.InlineSearch;
import digestbot.inline.InlineShares;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * Answers inline queries beside the chat, not through the inbox and the chats' lanes. An inline
 * query is not worth keeping: Telegram takes its answer only for some seconds, a reader typing
 * sends a new query at every pause, and one lost in a crash is typed again. So it is not written
 * down (that would be a database write per keystroke), and it is answered on threads of its own,
 * never behind a chat's updates. When more wait than those threads keep up with, the oldest
 * waiting query is dropped: its reader has typed on.
 * <p>
 * The answer puts no message in a chat, so it takes no turn in the send budget. A 429 or a 5xx, a
 * timeout or a network error is tried again, through the {@link TelegramSender} as every call is,
 * as long as the answer can still arrive within {@link #ANSWER_WINDOW} of the query.
 */
class InlineAnswers implements AutoCloseable {

	/** How long after a query its answer is still of use: Telegram refuses later ones. */
	static final Duration ANSWER_WINDOW = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(InlineAnswers.class);

	private static final int THREADS = 4;

	private static final int WAITING = 256;

	private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

	/** An inline query as received: Telegram's id to answer it with, and what was asked. */
	record Query(String id, InlineQuery query) {
	}

	private final InlineSearch search;

	private final TelegramSender sender;

	private final MeterRegistry meters;

	private final Clock clock;

	private final ThreadPoolExecutor threads;

	private final Retry retry;

	private final InlineShares shares;

	InlineAnswers(InlineSearch search, InlineShares shares, TelegramSender sender, MeterRegistry meters, Clock clock) {
		this.search = search;
		this.shares = shares;
		this.sender = sender;
		this.meters = meters;
		this.clock = clock;
		AtomicInteger index = new AtomicInteger();
		this.threads = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(WAITING), task -> {
					Thread thread = new Thread(task, "inline-answer-" + index.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, this::dropOldest);
		this.threads.allowCoreThreadTimeOut(true);
		IntervalFunction backoff = IntervalFunction.ofExponentialBackoff(Duration.ofMillis(500), 2,
				Duration.ofSeconds(2));
		this.retry = Retry.of("telegram-inline-answers", RetryConfig.<SendOutcome>custom()
			.maxAttempts(Integer.MAX_VALUE) // bounded by the answer window, see attempt()
			.retryOnResult(outcome -> outcome instanceof SendOutcome.RateLimited
					|| (outcome instanceof SendOutcome.Failed failed && failed.retriable()))
			.intervalBiFunction((attempt, result) -> result.isRight()
					&& result.get() instanceof SendOutcome.RateLimited limited ? limited.retryAfter().toMillis()
							: backoff.apply(attempt))
			.failAfterMaxAttempts(false)
			.build());
	}

	/** A result the reader picked and posted: counted, not answered. */
	void chosen(String resultId) {
		shares.chosen(resultId);
	}

	/** Answers the query soon, on another thread; never throws. */
	void submit(Query query) {
		Instant receivedAt = clock.instant();
		try {
			threads.execute(() -> answer(query, receivedAt));
		}
		catch (RuntimeException ex) {
			count("dropped");
		}
	}

	private void answer(Query query, Instant receivedAt) {
		Instant deadline = receivedAt.plus(ANSWER_WINDOW);
		if (clock.instant().isAfter(deadline)) {
			count("late");
			return;
		}
		try {
			AnswerInlineQuery request = request(query.id(), search.answer(query.query()));
			int[] tries = { 0 };
			SendOutcome outcome = retry.executeSupplier(() -> attempt(request, ++tries[0], deadline));
			if (outcome instanceof SendOutcome.Sent) {
				count("answered");
			}
			else {
				count("failed");
				log.info("An inline query was not answered: {}", outcome);
			}
		}
		catch (RuntimeException ex) {
			count("failed");
			log.error("An inline query could not be answered", ex);
		}
	}

	/** One try; a 429 whose wait ends after the deadline is final, as is any try after it. */
	private SendOutcome attempt(AnswerInlineQuery request, int attempt, Instant deadline) {
		if (attempt > 1) {
			meters.counter("digestbot.inline.retries").increment();
			if (clock.instant().isAfter(deadline)) {
				return new SendOutcome.Failed("not answered within " + ANSWER_WINDOW, false);
			}
		}
		SendOutcome outcome = sender.answerInlineQuery(request);
		if (outcome instanceof SendOutcome.RateLimited limited
				&& clock.instant().plus(limited.retryAfter()).isAfter(deadline)) {
			return new SendOutcome.Failed("429, retry after " + limited.retryAfter() + ": too late", false);
		}
		return outcome;
	}

	static AnswerInlineQuery request(String queryId, InlineAnswer answer) {
		List<InlineQueryResult> results = answer.results().stream().map(InlineAnswers::article).toList();
		return AnswerInlineQuery.builder()
			.inlineQueryId(queryId)
			.results(results)
			.cacheTime(answer.cacheSeconds())
			.isPersonal(answer.personal())
			.nextOffset(answer.nextOffset())
			.build();
	}

	private static InlineQueryResult article(InlineResult result) {
		return InlineQueryResultArticle.builder()
			.id(result.id())
			.title(result.title())
			.description(result.description())
			.inputMessageContent(InputTextMessageContent.builder()
				.messageText(result.html())
				.parseMode("HTML")
				.linkPreviewOptions(NO_PREVIEW)
				.build())
			.build();
	}

	private void dropOldest(Runnable task, ThreadPoolExecutor pool) {
		if (pool.isShutdown()) {
			return;
		}
		if (pool.getQueue().poll() != null) {
			count("dropped");
		}
		if (!pool.getQueue().offer(task)) {
			count("dropped");
		}
	}

	private void count(String outcome) {
		meters.counter("digestbot.inline.queries", "outcome", outcome).increment();
	}

	@Override
	public void close() {
		threads.shutdownNow();
	}

}
