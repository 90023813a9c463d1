package digestbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.LoopbackOnlyDns;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The fake Bot API in a process of its own, with the load generator beside it, so that the bot
 * under test is alone in its process. {@link SideBySideBenchmark} starts it and reads what it
 * prints, one event a line: {@code port N}, {@code first-getUpdates EPOCH_MICROS},
 * {@code measure-start}, {@code measure-end}, then {@code result sent=N answered=N p50=MS ...}.
 * It exits when done, or as soon as its standard input closes (its parent is gone).
 *
 * <p>Arguments: rate per second, seconds measured, users, seconds of warm-up. The warm-up's users
 * are other chats than the measured ones, so that both start as strangers to the bot.
 */
public final class FakeBotApiServer {

	private static final Duration START_LIMIT = Duration.ofSeconds(120);

	private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

	private static final long MEASURED_USERS = 1_000_000;

	private static final int WARM_UP_CALLS = 300;

	private static final int TIMELINE_SECONDS = 10;

	private FakeBotApiServer() {
	}

	public static void main(String[] args) throws Exception {
		int rate = Integer.parseInt(args[0]);
		int seconds = Integer.parseInt(args[1]);
		int users = Integer.parseInt(args[2]);
		int warmup = Integer.parseInt(args[3]);
		exitWhenParentGoes();
		try (FakeBotApi telegram = FakeBotApi.start()) {
			warmUp(telegram);
			// A bot restarted on its data folder has answered the ids a previous run of the fake gave out.
			telegram.continueUpdateIdsAfter((int) (System.currentTimeMillis() / 1000 - 1_700_000_000L) * 10);
			say("port " + telegram.port());
			awaitFirstPoll(telegram);
			send(telegram, rate, warmup, users, 0);
			telegram.reset();
			say("measure-start");
			int sent = send(telegram, rate, seconds, users, MEASURED_USERS);
			say("measure-end");
			ReplyLatencies latencies = ReplyLatencies.of(telegram);
			say(String.format("result sent=%d answered=%d elapsed=%.2f p50=%.1f p90=%.1f p99=%.1f max=%.1f", sent,
					latencies.answered(), latencies.elapsedSeconds(), latencies.percentileMillis(50),
					latencies.percentileMillis(90), latencies.percentileMillis(99), latencies.percentileMillis(100)));
			if (warmup == 0) {
				// No warm-up: a start's first seconds, which decide its p99.
				latencies.timeline(TIMELINE_SECONDS).forEach(FakeBotApiServer::say);
			}
		}
		System.exit(0);
	}

	/**
	 * Calls what a bot calls at its start, a few hundred times, and forgets the calls: Telegram
	 * answers a starting bot warm, and a start measured against a cold fake would count the fake's
	 * own first answers (up to a second of its class loading and compiling) as the bot's.
	 */
	private static void warmUp(FakeBotApi telegram) throws TelegramApiException {
		OkHttpClient http = LoopbackOnlyDns.okHttpClient();
		OkHttpTelegramClient client = new OkHttpTelegramClient(http, telegram.token(),
				new TelegramUrl("http", "127.0.0.1", telegram.port(), false));
		for (int i = 0; i < WARM_UP_CALLS; i++) {
			client.execute(new GetMe());
			client.execute(SetMyCommands.builder()
				.commands(List.of(new BotCommand("start", "Start"), new BotCommand("help", "Help")))
				.languageCode(i % 2 == 0 ? null : "en")
				.scope(new BotCommandScopeDefault())
				.build());
			client.execute(GetUpdates.builder().offset(0).limit(100).timeout(0).build());
		}
		http.dispatcher().executorService().shutdown();
		http.connectionPool().evictAll();
		telegram.reset();
	}

	/** Waits, polling each millisecond, for the bot's first getUpdates, and says when it came. */
	private static void awaitFirstPoll(FakeBotApi telegram) {
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		while (telegram.counters().calls("getUpdates") == 0) {
			if (System.nanoTime() > deadline) {
				say("error no getUpdates within " + START_LIMIT.toSeconds() + " s");
				System.exit(2);
			}
			LockSupport.parkNanos(1_000_000);
		}
		Instant first = Instant.now();
		say("first-getUpdates " + (first.getEpochSecond() * 1_000_000 + first.getNano() / 1_000));
	}

	/**
	 * Sends {@code /latest} {@code rate} times a second (open loop), spread over the users, then
	 * waits, within a bound, for every reply. @return how many were sent
	 */
	private static int send(FakeBotApi telegram, int rate, int seconds, int users, long firstUser) {
		int total = OpenLoop.run(rate, seconds, i -> {
			long user = 10_000 + firstUser + (i % users);
			telegram.sendText(user, user, "/latest");
		});
		long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
		while (telegram.sentMessages().size() < total && System.nanoTime() < deadline) {
			LockSupport.parkNanos(20_000_000);
		}
		return total;
	}

	private static void exitWhenParentGoes() {
		Thread watcher = new Thread(() -> {
			try (InputStream in = System.in) {
				while (in.read() >= 0) {
					// nothing is expected on stdin: it only tells that the parent is alive
				}
			}
			catch (IOException ex) {
				// the same as end of input
			}
			System.exit(3);
		}, "parent-watcher");
		watcher.setDaemon(true);
		watcher.start();
	}

	private static void say(String line) {
		System.out.println(line);
		System.out.flush();
	}

}
