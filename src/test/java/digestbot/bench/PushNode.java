package digestbot.bench;

import java.time.Duration;

import digestbot.delivery.PushBench;
import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.digest.PublishedIssue;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One run of the bot for {@link CrashBenchmark}, in its own JVM: on a file database, it seeds and
 * plans a push ({@code seed}) or not ({@code resume}), then sends until the push is done (or for
 * at most 5 minutes) and prints the push's report.
 * Arguments: token, port of the fake Bot API, database URL, seed|resume, subscribers, rate.
 */
public final class PushNode {

	private PushNode() {
	}

	public static void main(String[] args) throws Exception {
		String token = args[0];
		int port = Integer.parseInt(args[1]);
		boolean seed = args[3].equals("seed");
		try (FakeBotApiMessenger messenger = new FakeBotApiMessenger(token, port);
				ConfigurableApplicationContext context = BenchSetup.start(args[2], messenger,
						"digestbot.push.rate=" + args[5], "digestbot.push.instance-id=crash-node")) {
			if (seed) {
				PublishedIssue issue = BenchSetup.seedIssue(context);
				BenchSetup.seedSubscribers(context, Integer.parseInt(args[4]), issue);
				System.out.println("PLANNED " + PushBench.planDue(context));
			}
			PushBench.startDispatcher(context);
			PushReports reports = context.getBean(PushReports.class);
			long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
			PushReport report = reports.lastReports(1).get(0);
			while (!report.isDone() && System.nanoTime() < deadline) {
				Thread.sleep(200);
				report = reports.lastReports(1).get(0);
			}
			PushBench.stopDispatcher(context);
			System.out.printf("DONE sent=%d messages=%d failed=%d pending=%d%n", report.sent(), report.messages(),
					report.failed(), report.pending());
		}
	}

}
