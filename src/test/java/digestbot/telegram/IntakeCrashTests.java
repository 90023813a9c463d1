package digestbot.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bot is killed while it answers a command; after the restart the user gets the answer,
 * once. Telegram (the fake) considers the update delivered: only the bot's inbox remembers it.
 */
class IntakeCrashTests {

	@TempDir
	Path data;

	@Test
	void aCommandBeingAnsweredAtAKillIsAnsweredOnceAfterTheRestart() throws Exception {
		Path log = Files.createTempFile("digestbot-crash", ".log");
		try (FakeBotApi telegram = FakeBotApi.start()) {
			// The reply hangs in the fake, then fails: the kill comes while the command is handled.
			telegram.faults().delay("sendMessage", Duration.ofSeconds(30)).failNext("sendMessage", Failure.badGateway());
			try (BotProcess bot = BotProcess.start(telegram, data, log, "--digestbot.push.enabled=false", "--digestbot.telegram.inbox-lease=3s")) {
				telegram.user(4711).languageCode("nl").sendText("/archive");
				await().atMost(Duration.ofSeconds(60)).until(() -> telegram.counters().calls("sendMessage") >= 1);
				bot.kill();
			}
			assertThat(telegram.sentMessages(4711)).isEmpty();
			telegram.faults().clear();

			try (BotProcess restarted = BotProcess.start(telegram, data, log, "--digestbot.push.enabled=false", "--digestbot.telegram.inbox-lease=3s")) {
				assertThat(telegram.awaitMessages(4711, 1, Duration.ofSeconds(60)).get(0).plainText())
					.contains("Archief");
				restarted.terminate();
				assertThat(restarted.awaitExit(Duration.ofSeconds(30))).hasValue(143);
			}
			// Stopped, the bot sends nothing more; written down as answered, the command is not
			// answered again by a next start, however long after its lease.
			assertThat(telegram.sentMessages(4711)).hasSize(1);
			assertThat(BotProcess.unansweredUpdates(data)).isZero();
		}
	}

}
