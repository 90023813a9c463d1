package digestbot.bench;

import java.time.Duration;
import java.util.List;

import digestbot.delivery.PushBench;
import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.digest.PublishedIssue;
import digestbot.fakebotapi.FakeBotApi;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * (b) A push to 10,000 subscribers of mixed topics through the fake Bot API on loopback, with
 * the rate limit lifted: messages a second, time to plan, heap and RSS. Not a test:
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=DispatchBenchmark [-Dbench.args="10000 16"]}
 * (subscribers, sender threads). Gives up after 10 minutes.
 */
public final class DispatchBenchmark {

	private static final Duration LIMIT = Duration.ofMinutes(10);

	private DispatchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int subscribers = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int senders = (args.length > 1) ? Integer.parseInt(args[1]) : 16;
		try (FakeBotApi telegram = FakeBotApi.start();
				FakeBotApiMessenger messenger = new FakeBotApiMessenger(telegram);
				ConfigurableApplicationContext context = BenchSetup.start(BenchSetup.memoryDatabase(), messenger,
						"digestbot.push.rate=1000000", "digestbot.push.safety-margin=0",
						"digestbot.push.sender-threads=" + senders, "digestbot.push.poll-interval=20ms")) {
			PublishedIssue issue = BenchSetup.seedIssue(context);
			BenchSetup.seedSubscribers(context, subscribers, issue);

			long start = System.nanoTime();
			int planned = PushBench.planDue(context);
			System.out.printf("planned %,d deliveries for %,d subscribers in %.2f s%n", planned, subscribers,
					BenchSetup.seconds(System.nanoTime() - start));

			PushReports reports = context.getBean(PushReports.class);
			start = System.nanoTime();
			PushBench.startDispatcher(context);
			PushReport report = await(reports, start);
			long elapsed = System.nanoTime() - start;
			PushBench.stopDispatcher(context);

			System.out.printf("sent %,d messages (%,d deliveries) in %.1f s with %d sender threads: %,.0f messages/s%n",
					report.messages(), report.sent(), BenchSetup.seconds(elapsed), senders,
					report.messages() / BenchSetup.seconds(elapsed));
			System.out.printf("failed %d, blocked %d, pending %d; the fake answered %d sends, %d with 429%n",
					report.failed(), report.blocked(), report.pending(), telegram.counters().calls("sendMessage"),
					telegram.counters().tooManyRequests());
			System.out.printf("heap used %s, RSS %s (peak %s)%n", BenchSetup.heapUsed(), BenchSetup.procStatus("VmRSS"),
					BenchSetup.procStatus("VmHWM"));
		}
	}

	static PushReport await(PushReports reports, long startNanos) throws InterruptedException {
		while (true) {
			List<PushReport> last = reports.lastReports(1);
			if (last.get(0).isDone() || System.nanoTime() - startNanos > LIMIT.toNanos()) {
				return last.get(0);
			}
			Thread.sleep(100);
		}
	}

}
