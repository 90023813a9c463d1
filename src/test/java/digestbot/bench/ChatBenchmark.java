package digestbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import digestbot.DigestbotApplication;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.LoopbackOnlyDns;
import digestbot.telegram.TelegramHttpCustomizer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast the bot answers: simulated users send /latest through the fake Bot API at a fixed
 * rate (open loop), and the fake measures the time from handing an update to the bot in a
 * getUpdates answer to receiving the bot's reply. Not a test: it prints figures.
 *
 * <p>{@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=ChatBenchmark -Dbench.args="1000 20 3000"}:
 * rate per second (default 1000), seconds (default 20), users (default 3000).
 */
public final class ChatBenchmark {

	private ChatBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int users = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
		Path data = Files.createTempDirectory("digestbot-bench");
		try (FakeBotApi telegram = FakeBotApi.start();
				ConfigurableApplicationContext app = start(telegram, data)) {
			System.out.printf("Chat benchmark: /latest at %d/s for %d s from %d users%n", rate, seconds, users);
			run(telegram, rate, 3, users, 0);
			telegram.reset();
			run(telegram, rate, seconds, users, 500_000);
			report(telegram, rate * seconds, seconds);
		}
		System.exit(0);
	}

	private static ConfigurableApplicationContext start(FakeBotApi telegram, Path data) {
		return new SpringApplicationBuilder(DigestbotApplication.class).web(WebApplicationType.NONE)
			.initializers(context -> ((org.springframework.context.support.GenericApplicationContext) context)
				.registerBean(TelegramHttpCustomizer.class, () -> LoopbackOnlyDns::restrict))
			.run("--digestbot.telegram.bot-token=" + telegram.token(),
					"--digestbot.telegram.api-url=" + telegram.baseUrl(), "--digestbot.telegram.poll-timeout=5s",
					"--spring.datasource.url=" + System.getProperty("bench.db", "jdbc:h2:file:" + data.resolve("bench").toAbsolutePath()),
					"--digestbot.push.enabled=false", "--logging.level.digestbot=warn",
					// The fake has no flood control here: lift the send budget to measure the bot's own ceiling.
					"--digestbot.push.rate=100000");
	}

	/** Sends {@code rate} updates a second, spread over the users, and waits for every reply. */
	private static void run(FakeBotApi telegram, int rate, int seconds, int users, long firstUser) throws Exception {
		int total = OpenLoop.run(rate, seconds, i -> {
			long user = 10_000 + firstUser + (i % users);
			telegram.sendText(user, user, "/latest");
		});
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (telegram.sentMessages().size() < total && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	private static void report(FakeBotApi telegram, int sent, int seconds) {
		ReplyLatencies latencies = ReplyLatencies.of(telegram);
		System.out.printf("updates sent: %d, replies received: %d%n", sent, telegram.sentMessages().size());
		System.out.printf("throughput: %.0f updates/s answered (%d replies in %.1f s)%n",
				latencies.answered() / latencies.elapsedSeconds(), latencies.answered(), latencies.elapsedSeconds());
		System.out.printf("reply latency as seen by the fake: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				latencies.percentileMillis(50), latencies.percentileMillis(90), latencies.percentileMillis(99),
				latencies.percentileMillis(100));
		System.out.printf("heap used: %s, RSS: %s%n", BenchSetup.heapUsed(), BenchSetup.procStatus("VmRSS"));
	}

	static double percentile(List<Long> sorted, int percent) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
