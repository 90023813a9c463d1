package digestbot.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.SentMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A push killed with SIGKILL midway resumes after the restart: every subscriber gets the push,
 * and only messages on their way at the kill (at most one per sender thread) come twice.
 */
class PushCrashTests {

	private static final int READERS = 60;

	private static final long ADMIN = 99;

	private static final int SENDER_THREADS = 4;

	/** Slow enough that the push of three seconds is killed a second in, with two to go. */
	private static final int RATE = 20;

	@TempDir
	Path data;

	@Test
	void aKilledPushResumesAndLosesNothing() throws Exception {
		Path log = Files.createTempFile("digestbot-push-crash", ".log");
		try (FakeBotApi telegram = FakeBotApi.start()) {
			try (BotProcess bot = start(telegram, log)) {
				for (long reader = 1_000; reader < 1_000 + READERS; reader++) {
					telegram.user(reader).languageCode("nl").sendText(reader % 2 == 0 ? "/subscribe AI" : "/subscribe ev");
				}
				for (long reader = 1_000; reader < 1_000 + READERS; reader++) {
					telegram.awaitMessages(reader, 1, Duration.ofSeconds(60));
				}
				telegram.user(ADMIN).languageCode("nl").sendText("/pushnow");
				await().atMost(Duration.ofSeconds(60)).until(() -> pushes(telegram).size() >= READERS / 3);
				bot.kill();
			}
			int atKill = pushes(telegram).size();
			assertThat(atKill).isLessThan(READERS);

			try (BotProcess restarted = start(telegram, log)) {
				await().atMost(Duration.ofSeconds(120))
					.until(() -> pushes(telegram).stream().map(SentMessage::chatId).distinct().count() == READERS);
			}
			Map<Long, Long> perChat = pushes(telegram).stream()
				.collect(Collectors.groupingBy(SentMessage::chatId, Collectors.counting()));
			long doubled = perChat.values().stream().filter(count -> count > 1).mapToLong(count -> count - 1).sum();
			assertThat(perChat).hasSize(READERS);
			assertThat(doubled).isLessThanOrEqualTo(SENDER_THREADS);
		}
	}

	private BotProcess start(FakeBotApi telegram, Path log) throws Exception {
		return BotProcess.start(telegram, data, log, "--digestbot.push.enabled=true", "--digestbot.push.rate=" + RATE,
				"--digestbot.push.sender-threads=" + SENDER_THREADS, "--digestbot.push.lease=5s",
				"--digestbot.push.recover-interval=1s", "--digestbot.admin.admins=" + ADMIN);
	}

	private static List<SentMessage> pushes(FakeBotApi telegram) {
		return telegram.sentMessages()
			.stream()
			.filter(message -> message.chatId() != ADMIN && message.plainText().startsWith("Goedemorgen"))
			.collect(Collectors.toList());
	}

}
