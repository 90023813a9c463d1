package digestbot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import digestbot.DigestbotApplication;
import digestbot.delivery.PushBench;
import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.digest.PublishedIssue;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.LoopbackOnlyDns;
import digestbot.fakebotapi.SentMessage;
import digestbot.storage.TestDatabase;
import digestbot.telegram.TelegramHttpCustomizer;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the bot in webhook mode on one PostgreSQL database push to the same
 * subscribers against the fake Bot API's strict flood control (a 429 as soon as more than 30
 * messages arrive in any sliding second, or two in a chat within a second), each configured for
 * 30 a second: the rate they reach together, the most arrivals in one second, the 429s, and what
 * each instance sent. Both instances and the fake share this JVM. Not a test:
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=SeveralInstancesBenchmark
 * [-Dbench.args="600 0.02 8"]} (subscribers, safety margin, sender threads per instance).
 */
public final class SeveralInstancesBenchmark {

	private static final int LIMIT = 30;

	private static final String SECRET = "several-instances_secret";

	private SeveralInstancesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int subscribers = (args.length > 0) ? Integer.parseInt(args[0]) : 600;
		String margin = (args.length > 1) ? args[1] : "0.02";
		String senders = (args.length > 2) ? args[2] : "8";
		TestDatabase database = TestDatabase.postgres();
		try (FakeBotApi telegram = FakeBotApi.start();
				ConfigurableApplicationContext first = start("first", database, telegram, margin, senders);
				ConfigurableApplicationContext second = start("second", database, telegram, margin, senders)) {
			telegram.faults().strictRateLimit(LIMIT).perChatRateLimit(true);
			PublishedIssue issue = BenchSetup.seedIssue(first);
			BenchSetup.seedSubscribers(first, subscribers, issue);
			PushReports reports = first.getBean(PushReports.class);

			long pushId = reports.pushNow().id();
			long giveUp = System.nanoTime() + Duration.ofMinutes(10).toNanos();
			PushReport push = reports.lastReports(1).get(0);
			while (!(push.id() == pushId && push.isDone()) && System.nanoTime() < giveUp) {
				Thread.sleep(200);
				push = reports.lastReports(1).get(0);
			}

			List<SentMessage> sent = telegram.sentMessages();
			double span = (sent.get(sent.size() - 1).receivedAtNanos() - sent.get(0).receivedAtNanos()) / 1e9;
			System.out.printf("two instances, each at %d/s with safety margin %s and %s sender threads%n", LIMIT, margin,
					senders);
			System.out.printf("push: %,d deliveries sent of %,d planned in %,d messages, %d failed; %.0f sent by the "
					+ "first instance, %.0f by the second%n", push.sent(), push.planned(), push.messages(),
					push.failed(), sent(first), sent(second));
			System.out.printf("arrived: %,d messages in %.1f s = %.2f/s = %.1f%% of the limit; most in one sliding "
					+ "second %d; 429s provoked %d%n", sent.size(), span, sent.size() / span,
					100 * sent.size() / span / LIMIT, telegram.counters().peakSendsPerSecond(),
					telegram.counters().rateLimited());
			List<Long> grants = new ArrayList<>(PushBench.grants(first));
			grants.addAll(PushBench.grants(second));
			System.out.printf("granted by the shared bucket: %,d slots, most in one second %d%n", grants.size(),
					PushBench.mostInOneSecond(grants.stream().sorted().toList()));
		}
		System.exit(0);
	}

	private static ConfigurableApplicationContext start(String instance, TestDatabase database, FakeBotApi telegram,
			String margin, String senders) {
		List<String> arguments = new ArrayList<>(List.of(database.arguments()));
		arguments.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--digestbot.console.enabled=false",
				"--logging.level.root=warn", "--logging.level.digestbot=warn",
				"--digestbot.telegram.bot-token=" + telegram.token(),
				"--digestbot.telegram.api-url=" + telegram.baseUrl(),
				"--digestbot.telegram.webhook-url=https://bot.example.org/telegram/webhook",
				"--digestbot.telegram.webhook-secret=" + SECRET, "--digestbot.push.rate=" + LIMIT,
				"--digestbot.push.safety-margin=" + margin, "--digestbot.push.sender-threads=" + senders,
				"--digestbot.push.instance-id=" + instance));
		return new SpringApplicationBuilder(DigestbotApplication.class)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("loopbackOnly", (TelegramHttpCustomizer) LoopbackOnlyDns::restrict))
			.run(arguments.toArray(String[]::new));
	}

	private static double sent(ConfigurableApplicationContext instance) {
		return instance.getBean(MeterRegistry.class).counter("digestbot.push.messages", "outcome", "Sent").count();
	}

}
