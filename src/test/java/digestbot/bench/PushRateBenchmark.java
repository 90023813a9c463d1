package digestbot.bench;

import java.time.Duration;
import java.util.List;

import digestbot.delivery.PushBench;
import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.digest.PublishedIssue;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.SentMessage;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole pushes at the default 30 messages a second against the fake Bot API's strict flood
 * control (a 429 as soon as more than 30 sends arrive in any sliding second, or two in a chat
 * within a second), each as {@code /pushnow} starts it, with the dispatcher already running:
 * for each number of subscribers, the time from {@code /pushnow} to the first message, the rate
 * counted from the first message to the last (messages after the first, divided by the time
 * between the two), and the 429s provoked. Not a test: {@code ./mvnw -q -Pbench test-compile
 * exec:exec -Dbench=PushRateBenchmark [-Dbench.args="300 1000 10000"]} (each push on a fresh
 * database; 10,000 subscribers take about ten minutes).
 */
public final class PushRateBenchmark {

	private static final int LIMIT = 30;

	private PushRateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = (args.length > 0) ? java.util.Arrays.stream(args).map(Integer::valueOf).toList()
				: List.of(300, 1000);
		for (int subscribers : sizes) {
			push(subscribers);
		}
		System.exit(0);
	}

	/**
	 * Waits for the push to be done, at most twice the time its messages take at the limit (about
	 * 1.8 a subscriber) and a minute. It counts the push's deliveries still to send once a
	 * second: the push's report, read ten times a second before, reads all of its deliveries and
	 * builds a text for each, which at 10,000 subscribers would take a core of the machine and
	 * bunch the sends. @return its report
	 */
	private static PushReport await(PushReports reports, JdbcTemplate jdbc, long pushId, int subscribers)
			throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60 + 2L * subscribers * 2 / LIMIT).toNanos();
		while (jdbc.queryForObject("select count(*) from delivery where push_id = ? and state in ('PENDING', 'SENDING')",
				Integer.class, pushId) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(1000);
		}
		return reports.lastReports(1).get(0);
	}

	private static void push(int subscribers) throws Exception {
		try (FakeBotApi telegram = FakeBotApi.start();
				FakeBotApiMessenger messenger = new FakeBotApiMessenger(telegram);
				ConfigurableApplicationContext context = BenchSetup.start("jdbc:h2:mem:push-" + subscribers + ";DB_CLOSE_DELAY=-1", messenger,
						"digestbot.push.rate=" + LIMIT)) {
			telegram.faults().strictRateLimit(LIMIT).perChatRateLimit(true);
			PublishedIssue issue = BenchSetup.seedIssue(context);
			BenchSetup.seedSubscribers(context, subscribers, issue);
			PushBench.startDispatcher(context);
			PushReports reports = context.getBean(PushReports.class);

			long pushNow = System.nanoTime();
			long pushId = reports.pushNow().id();
			long planned = System.nanoTime();
			PushReport report = await(reports, context.getBean(JdbcTemplate.class), pushId, subscribers);
			PushBench.stopDispatcher(context);

			List<SentMessage> sent = telegram.sentMessages();
			long first = sent.stream().mapToLong(SentMessage::receivedAtNanos).min().orElseThrow();
			long last = sent.stream().mapToLong(SentMessage::receivedAtNanos).max().orElseThrow();
			double seconds = BenchSetup.seconds(last - first);
			double rate = (sent.size() - 1) / seconds;
			System.out.printf("%,d subscribers: %,d messages (%,d deliveries, %d failed, %d pending); planned in"
					+ " %.3f s, first message %.3f s after /pushnow; from the first to the last %.1f s: %.2f/s ="
					+ " %.1f%% of the limit; 429s provoked: %d; most sends in one sliding second: %d%n", subscribers,
					sent.size(), report.sent(), report.failed(), report.pending(),
					BenchSetup.seconds(planned - pushNow), BenchSetup.seconds(first - pushNow), seconds, rate,
					100 * rate / LIMIT, telegram.counters().rateLimited(), telegram.counters().peakSendsPerSecond());
		}
	}

}
