package digestbot.bench;

import java.time.Duration;
import java.util.List;

import digestbot.delivery.PushBench;
import digestbot.digest.PublishedIssue;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.SentMessage;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * (c) Pushes at the configured 30 messages a second for 60 seconds against the fake Bot API's
 * strict flood control (a 429 as soon as more than 30 sends arrive in any sliding second, or
 * two in a chat within a second): the rate achieved as a share of the limit, and the 429s
 * provoked. Not a test: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=RateBenchmark
 * [-Dbench.args="60 0.02"]} (seconds, safety margin).
 */
public final class RateBenchmark {

	private static final int LIMIT = 30;

	private RateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 60;
		String margin = (args.length > 1) ? args[1] : "0.02";
		try (FakeBotApi telegram = FakeBotApi.start();
				FakeBotApiMessenger messenger = new FakeBotApiMessenger(telegram);
				ConfigurableApplicationContext context = BenchSetup.start(BenchSetup.memoryDatabase(), messenger,
						"digestbot.push.rate=" + LIMIT, "digestbot.push.safety-margin=" + margin,
						"digestbot.push.sender-threads=" + ((args.length > 2) ? args[2] : "8"))) {
			telegram.faults().strictRateLimit(LIMIT).perChatRateLimit(true);
			PublishedIssue issue = BenchSetup.seedIssue(context);
			BenchSetup.seedSubscribers(context, LIMIT * seconds * 2, issue);
			PushBench.planDue(context);

			PushBench.startDispatcher(context);
			Thread.sleep(Duration.ofSeconds(seconds + 2).toMillis());
			PushBench.stopDispatcher(context);

			List<SentMessage> sent = telegram.sentMessages();
			long first = sent.get(0).receivedAtNanos();
			long window = Duration.ofSeconds(seconds).toNanos();
			long inWindow = sent.stream().filter(message -> message.receivedAtNanos() - first < window).count();
			double rate = inWindow / (double) seconds;
			System.out.printf("limit %d/s, safety margin %s: %,d messages arrived in the %d s after the first, "
					+ "%.2f/s = %.1f%% of the limit%n", LIMIT, margin, inWindow, seconds, rate, 100 * rate / LIMIT);
			System.out.printf("429s provoked: %d; most sends in one sliding second: %d%n",
					telegram.counters().rateLimited(), telegram.counters().peakSendsPerSecond());
		}
	}

}
