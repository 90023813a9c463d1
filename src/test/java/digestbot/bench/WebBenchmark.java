package digestbot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import digestbot.DigestbotApplication;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.LoopbackOnlyDns;
import digestbot.telegram.TelegramHttpCustomizer;
import digestbot.web.WebProperties;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The web archive under load, and what that load does to the chat. First 50 clients (each one
 * request after another, as fast as answers come) ask for an issue's page, then for the feed of
 * every item: requests per second and latency. Then readers send /latest through the fake Bot API
 * at a fixed rate (open loop), alone and while the 50 clients ask for the page and the feed in
 * turn, three times each, alternately: the chat's reply latency as the fake sees it. The clients, the
 * fake and the bot share this JVM and the machine's cores. Every request goes to 127.0.0.1; each
 * phase ends by itself. Not a test: it prints figures.
 *
 * <p>{@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=WebBenchmark -Dbench.args="200 20 50"}:
 * the chat's rate per second (default 200), seconds per phase (default 20), web clients (default 50), and
 * optionally the archive's pace, requests per second (default: the application's, 300; 100000 lifts it).
 */
public final class WebBenchmark {

	private static final String ISSUE = "/issues/2025-01-27";

	private static final String FEED = "/feed.atom";

	/** How many times the chat is measured alone and under load, in turn. */
	private static final int ROUNDS = 3;

	private WebBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int chatRate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
		String pace = args.length > 3 ? args[3] : null;
		Path data = Files.createTempDirectory("digestbot-bench");
		try (FakeBotApi telegram = FakeBotApi.start();
				ConfigurableApplicationContext app = start(telegram, data, pace)) {
			String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
			WebProperties web = app.getBean(WebProperties.class);
			System.out.printf("Web benchmark: %d clients, %d s a phase; /latest at %d/s; the archive paced at %d/s, "
					+ "%d served at once%n", clients, seconds, chatRate, web.maxRequestsPerSecond(),
					web.maxConcurrentRequests());
			System.out.printf("sizes: %s %d bytes, %s %d bytes%n", ISSUE, size(base + ISSUE), FEED, size(base + FEED));
			// Warm-up: the first seconds of either are slower while the JIT compiles.
			WebLoad.run(base, List.of(ISSUE, FEED), clients, 15);
			chat(telegram, chatRate, 5, 0);
			telegram.reset();

			report("GET " + ISSUE, WebLoad.run(base, List.of(ISSUE), clients, seconds));
			report("GET " + FEED, WebLoad.run(base, List.of(FEED), clients, seconds));

			// Alone and under load in turn, so that whatever else the machine does falls on both alike.
			List<ReplyLatencies> alone = new ArrayList<>();
			List<ReplyLatencies> loaded = new ArrayList<>();
			for (int round = 1; round <= ROUNDS; round++) {
				alone.add(chat(telegram, chatRate, seconds, round * 1_000_000L));
				loaded.add(chatUnderLoad(telegram, chatRate, seconds, round * 1_000_000L + 500_000, base, clients));
				System.out.printf("round %d: /latest p99 alone %.1f ms, under load %.1f ms%n", round,
						alone.get(round - 1).percentileMillis(99), loaded.get(round - 1).percentileMillis(99));
			}
			ReplyLatencies allAlone = pooled(alone);
			ReplyLatencies allLoaded = pooled(loaded);
			report("/latest alone, all rounds", allAlone);
			report("/latest while the web is under load, all rounds", allLoaded);
			System.out.printf("p99 under load against alone: %+.0f%%%n",
					100 * (allLoaded.percentileMillis(99) / allAlone.percentileMillis(99) - 1));
			System.out.printf("heap used: %s, RSS: %s%n", BenchSetup.heapUsed(), BenchSetup.procStatus("VmRSS"));
		}
		System.exit(0);
	}

	private static ConfigurableApplicationContext start(FakeBotApi telegram, Path data, String pace) {
		List<String> arguments = new ArrayList<>(List.of("--digestbot.telegram.bot-token=" + telegram.token(),
				"--digestbot.telegram.api-url=" + telegram.baseUrl(), "--digestbot.telegram.poll-timeout=5s",
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("bench").toAbsolutePath() + ";WRITE_DELAY=0",
				"--server.port=0", "--digestbot.push.enabled=false", "--digestbot.console.enabled=false",
				"--logging.level.digestbot=warn",
				// The fake has no flood control here: lift the send budget to measure the bot's own latency.
				"--digestbot.push.rate=100000"));
		if (pace != null) {
			arguments.add("--digestbot.web.max-requests-per-second=" + pace);
		}
		return new SpringApplicationBuilder(DigestbotApplication.class)
			.initializers(context -> ((GenericApplicationContext) context).registerBean(TelegramHttpCustomizer.class,
					() -> LoopbackOnlyDns::restrict))
			.run(arguments.toArray(String[]::new));
	}

	private static ReplyLatencies pooled(List<ReplyLatencies> runs) {
		List<Long> all = new ArrayList<>();
		long elapsed = 0;
		for (ReplyLatencies run : runs) {
			all.addAll(run.sortedNanos());
			elapsed += run.elapsedNanos();
		}
		all.sort(null);
		return new ReplyLatencies(all, elapsed, List.of());
	}

	private static int size(String url) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray())
			.body().length;
	}

	/** /latest from new readers at {@code rate} a second, each reply awaited; the latencies. */
	private static ReplyLatencies chat(FakeBotApi telegram, int rate, int seconds, long firstUser)
			throws InterruptedException {
		telegram.reset();
		int total = OpenLoop.run(rate, seconds, i -> {
			long user = 10_000 + firstUser + i;
			telegram.sendText(user, user, "/latest");
		});
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (telegram.sentMessages().size() < total && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		return ReplyLatencies.of(telegram);
	}

	private static ReplyLatencies chatUnderLoad(FakeBotApi telegram, int rate, int seconds, long firstUser, String base,
			int clients) throws Exception {
		AtomicBoolean chatDone = new AtomicBoolean();
		Thread web = new Thread(() -> {
			WebLoad result = WebLoad.run(base, List.of(ISSUE, FEED), clients, seconds + 5, chatDone);
			report("GET " + ISSUE + " and " + FEED + " in turn, during the chat", result);
		});
		web.start();
		// Let the clients reach full speed first.
		Thread.sleep(2_000);
		try {
			return chat(telegram, rate, seconds, firstUser);
		}
		finally {
			chatDone.set(true);
			web.join();
		}
	}

	private static void report(String what, WebLoad load) {
		StringBuilder statuses = new StringBuilder();
		load.statuses().forEach((status, count) -> statuses.append(' ').append(status).append(" x").append(count.sum()));
		System.out.printf("%s: %.0f requests/s (%d in %.1f s;%s); latency p50 %.2f ms, p99 %.2f ms, max %.1f ms%n",
				what, load.perSecond(), load.requests(), load.elapsedNanos() / 1e9, statuses, load.percentileMillis(50),
				load.percentileMillis(99), load.percentileMillis(100));
	}

	private static void report(String what, ReplyLatencies latencies) {
		System.out.printf("%s: %d answered; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
				latencies.answered(), latencies.percentileMillis(50), latencies.percentileMillis(90),
				latencies.percentileMillis(99), latencies.percentileMillis(100));
	}

}
