package digestbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import digestbot.DigestbotApplication;
import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.fakebotapi.Delivery;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.LoopbackOnlyDns;
import digestbot.fakebotapi.SentMessage;
import digestbot.telegram.TelegramHttpCustomizer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot's busiest moments, through the real TelegramBots client against the fake Bot API's
 * strict flood control (a 429 as soon as more than 30 messages arrive in any sliding second).
 * Not a test: it prints figures.
 * <ul>
 * <li>{@code burst}: 1,000 new users send /subscribe within 10 seconds;
 * <li>{@code rush}: a push to 600 subscribers while other readers send /latest at 10 a second for
 * as long as the push lasts;
 * <li>{@code overload}: users send /help at twice the rate the bot may answer (60 a second) for
 * 30 seconds, the lanes holding at most 200 updates.
 * </ul>
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=RushBenchmark -Dbench.args="burst"}
 * (or {@code rush}, {@code overload}).
 */
public final class RushBenchmark {

	private static final int LIMIT = 30;

	private RushBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String scenario = args.length > 0 ? args[0] : "burst";
		Path data = Files.createTempDirectory("digestbot-rush");
		try (FakeBotApi telegram = FakeBotApi.start();
				ConfigurableApplicationContext app = start(telegram, data,
						scenario.equals("overload") ? "200" : "2000")) {
			telegram.faults().strictRateLimit(LIMIT);
			Gauge held = app.getBean(MeterRegistry.class).find("digestbot.updates.held").gauge();
			switch (scenario) {
				case "burst" -> burst(telegram, held);
				case "rush" -> rush(telegram, app, held);
				case "overload" -> overload(telegram, held);
				default -> throw new IllegalArgumentException("burst, rush or overload, not " + scenario);
			}
		}
		System.exit(0);
	}

	private static void burst(FakeBotApi telegram, Gauge held) throws InterruptedException {
		System.out.println("Burst: 1,000 users send /subscribe AI within 10 s, strict limit 30/s");
		long first = 100_000;
		Sampler sampler = Sampler.start(held);
		offer(telegram, first, 1_000, 100, "/subscribe AI");
		awaitReplies(telegram, 1_000, Duration.ofSeconds(90));
		report(telegram, first, 1_000, sampler);
	}

	private static void rush(FakeBotApi telegram, ConfigurableApplicationContext app, Gauge held)
			throws InterruptedException {
		PublishedIssue issue = app.getBean(IssueStore.class).current().orElseThrow();
		BenchSetup.seedSubscribers(app, 600, issue);
		System.out.println("Rush: a push to 600 subscribers while readers send /latest at 10/s, strict limit 30/s");
		PushReports reports = app.getBean(PushReports.class);
		Sampler sampler = Sampler.start(held);
		long pushId = reports.pushNow().id();
		long reader = 200_000;
		long interval = Duration.ofMillis(100).toNanos();
		long start = System.nanoTime();
		long giveUp = start + Duration.ofMinutes(5).toNanos();
		for (int i = 0; !done(reports, pushId) && System.nanoTime() < giveUp; i++) {
			LockSupport.parkNanos(Math.max(0, start + i * interval - System.nanoTime()));
			telegram.sendText(reader + i, reader + i, "/latest");
		}
		long readers = telegram.deliveries().stream().filter(d -> d.chatId() >= reader).count();
		awaitReplies(telegram, (int) readers, Duration.ofSeconds(30));
		PushReport push = reports.lastReports(1).get(0);
		report(telegram, reader, (int) readers, sampler);
		List<SentMessage> all = telegram.sentMessages();
		double span = (all.get(all.size() - 1).receivedAtNanos() - all.get(0).receivedAtNanos()) / 1e9;
		System.out.printf("push: %d chats, %d deliveries sent of %d planned, %d messages, %d failed%n", push.chats(),
				push.sent(), push.planned(), push.messages(), push.failed());
		System.out.printf("all messages together: %d in %.1f s = %.2f/s = %.1f%% of the limit%n", all.size(), span,
				all.size() / span, 100 * all.size() / span / LIMIT);
	}

	private static void overload(FakeBotApi telegram, Gauge held) throws InterruptedException {
		System.out.println("Overload: /help at 60/s (twice the 30/s the bot may send) for 30 s, lanes hold 200");
		long first = 300_000;
		Sampler sampler = Sampler.start(held);
		offer(telegram, first, 1_800, 60, "/help");
		awaitReplies(telegram, 1_800, Duration.ofSeconds(120));
		report(telegram, first, 1_800, sampler);
		System.out.printf("updates redelivered by the fake (offset not confirmed): %d%n", telegram.redeliveredUpdates());
	}

	private static boolean done(PushReports reports, long pushId) {
		PushReport last = reports.lastReports(1).get(0);
		return last.id() == pushId && last.isDone();
	}

	/** One update per user, from {@code first} on, at {@code perSecond}. */
	private static void offer(FakeBotApi telegram, long first, int users, int perSecond, String text) {
		long interval = 1_000_000_000L / perSecond;
		long start = System.nanoTime();
		for (int i = 0; i < users; i++) {
			LockSupport.parkNanos(Math.max(0, start + i * interval - System.nanoTime()));
			telegram.sendText(first + i, first + i, text);
		}
	}

	private static void awaitReplies(FakeBotApi telegram, int atLeast, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && telegram.sentMessages().size() < atLeast) {
			Thread.sleep(50);
		}
		Thread.sleep(2_000); // anything sent twice would come now
	}

	/** Replies to the users from {@code first} on: lost, duplicated, and latency from sending. */
	private static void report(FakeBotApi telegram, long first, int users, Sampler sampler) {
		sampler.stop();
		Map<Long, Delivery> sentAt = new HashMap<>();
		for (Delivery delivery : telegram.deliveries()) {
			if (delivery.chatId() >= first && delivery.chatId() < first + users) {
				sentAt.putIfAbsent(delivery.chatId(), delivery);
			}
		}
		Map<Long, List<SentMessage>> replies = new HashMap<>();
		for (SentMessage reply : telegram.sentMessages()) {
			if (reply.chatId() >= first && reply.chatId() < first + users) {
				replies.computeIfAbsent(reply.chatId(), chat -> new ArrayList<>()).add(reply);
			}
		}
		List<Long> latencies = new ArrayList<>();
		long firstAsked = Long.MAX_VALUE;
		long lastAnswered = Long.MIN_VALUE;
		int duplicated = 0;
		for (Map.Entry<Long, Delivery> asked : sentAt.entrySet()) {
			List<SentMessage> answers = replies.getOrDefault(asked.getKey(), List.of());
			firstAsked = Math.min(firstAsked, asked.getValue().enqueuedAtNanos());
			if (!answers.isEmpty()) {
				latencies.add(answers.get(0).receivedAtNanos() - asked.getValue().enqueuedAtNanos());
				lastAnswered = Math.max(lastAnswered, answers.get(0).receivedAtNanos());
				duplicated += answers.size() - 1;
			}
		}
		latencies.sort(null);
		System.out.printf("users %d: answered %d, lost %d, answered twice or more %d%n", users, latencies.size(),
				users - latencies.size(), duplicated);
		System.out.printf("last answer %.1f s after the first update%n", (lastAnswered - firstAsked) / 1e9);
		System.out.printf("answer latency from sending: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms%n",
				ChatBenchmark.percentile(latencies, 50), ChatBenchmark.percentile(latencies, 90),
				ChatBenchmark.percentile(latencies, 99), ChatBenchmark.percentile(latencies, 100));
		System.out.printf("429s provoked: %d; most sends in one sliding second: %d%n",
				telegram.counters().rateLimited(), telegram.counters().peakSendsPerSecond());
		System.out.printf("most updates held in the lanes: %d; heap used %s, peak heap used %d MB, RSS %s%n",
				sampler.peakHeld(), BenchSetup.heapUsed(), sampler.peakHeapMb(), BenchSetup.procStatus("VmRSS"));
	}

	private static ConfigurableApplicationContext start(FakeBotApi telegram, Path data, String maxHeld) {
		return new SpringApplicationBuilder(DigestbotApplication.class).web(WebApplicationType.NONE)
			.initializers(context -> ((org.springframework.context.support.GenericApplicationContext) context)
				.registerBean(TelegramHttpCustomizer.class, () -> LoopbackOnlyDns::restrict))
			.run("--digestbot.telegram.bot-token=" + telegram.token(),
					"--digestbot.telegram.api-url=" + telegram.baseUrl(), "--digestbot.telegram.poll-timeout=5s",
					"--digestbot.telegram.max-held-updates=" + maxHeld,
					"--spring.datasource.url=jdbc:h2:file:" + data.resolve("bench").toAbsolutePath() + ";WRITE_DELAY=0",
					"--digestbot.push.rate=" + LIMIT, "--logging.level.digestbot=warn",
					"--digestbot.subscription.push-time=23:59");
	}

	/** Samples the updates held and the heap used every 50 ms. */
	private static final class Sampler implements Runnable {

		private final Gauge held;

		private final AtomicLong peakHeld = new AtomicLong();

		private final AtomicLong peakHeap = new AtomicLong();

		private volatile boolean running = true;

		private Sampler(Gauge held) {
			this.held = held;
		}

		static Sampler start(Gauge held) {
			Sampler sampler = new Sampler(held);
			Thread thread = new Thread(sampler, "bench-sampler");
			thread.setDaemon(true);
			thread.start();
			return sampler;
		}

		@Override
		public void run() {
			Runtime runtime = Runtime.getRuntime();
			while (running) {
				peakHeld.accumulateAndGet((long) held.value(), Math::max);
				peakHeap.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
				LockSupport.parkNanos(50_000_000);
			}
		}

		void stop() {
			running = false;
		}

		long peakHeld() {
			return peakHeld.get();
		}

		long peakHeapMb() {
			return peakHeap.get() / (1024 * 1024);
		}

	}

}
