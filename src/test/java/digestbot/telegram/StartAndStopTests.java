package digestbot.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

import digestbot.fakebotapi.FakeBotApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bot as a process: a start that can never work ends it with a non-zero exit code within a
 * minute, and SIGTERM lets the reply on its way arrive, then ends it. Each test starts the bot
 * in a JVM of its own (the time bounds include that JVM's start).
 */
class StartAndStopTests {

	private static final Duration BOUND = Duration.ofSeconds(60);

	@TempDir
	Path data;

	private Path log;

	@BeforeEach
	void log() throws Exception {
		log = Files.createTempFile("digestbot-start-stop", ".log");
	}

	@Test
	void aTokenTelegramRefusesEndsTheProcessWithExitCode3() throws Exception {
		try (FakeBotApi telegram = FakeBotApi.start();
				BotProcess bot = BotProcess.start("999:not-this-bots-token", telegram, h2(), log,
						"--digestbot.push.enabled=false")) {
			assertThat(bot.awaitExit(BOUND)).as("exit code, see %s", log).isEqualTo(OptionalInt.of(3));
		}
		assertThat(Files.readString(log)).contains("The bot cannot start: 401").doesNotContain("not-this-bots-token");
	}

	@Test
	void aDatabaseOutOfReachEndsTheProcessWithExitCode1() throws Exception {
		try (FakeBotApi telegram = FakeBotApi.start();
				BotProcess bot = BotProcess.start(telegram.token(), telegram, "jdbc:postgresql://127.0.0.1:1/digestbot",
						log, "--digestbot.push.enabled=false")) {
			assertThat(bot.awaitExit(BOUND)).as("exit code, see %s", log).isEqualTo(OptionalInt.of(1));
		}
	}

	@Test
	void sigtermLetsTheReplyOnItsWayArriveThenEndsTheProcess() throws Exception {
		try (FakeBotApi telegram = FakeBotApi.start();
				BotProcess bot = BotProcess.start(telegram.token(), telegram, h2(), log,
						"--digestbot.push.enabled=false")) {
			telegram.user(41).languageCode("nl").sendText("/start");
			telegram.awaitMessages(41, 1, BOUND);
			// The fake holds the next reply for 2 s: SIGTERM comes while it is on its way.
			telegram.faults().delay("sendMessage", Duration.ofSeconds(2));
			telegram.user(41).languageCode("nl").sendText("/archive");
			await().atMost(BOUND).until(() -> telegram.counters().calls("sendMessage") == 2);

			bot.terminate();

			// The JVM's code for an end by SIGTERM (128 + 15), after its shutdown hooks ran.
			assertThat(bot.awaitExit(Duration.ofSeconds(30))).as("exit code, see %s", log)
				.isEqualTo(OptionalInt.of(143));
			assertThat(telegram.sentMessages(41)).hasSize(2);
			assertThat(telegram.sentMessages(41).get(1).plainText()).contains("Archief");
			assertThat(BotProcess.unansweredUpdates(data)).as("answered again after a restart").isZero();
		}
	}

	private String h2() {
		return BotProcess.databaseUrl(data);
	}

}
