package digestbot.telegram;

import java.net.URI;
import java.time.Duration;

import digestbot.delivery.SendOutcome;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.Failure;
import digestbot.fakebotapi.LoopbackOnlyDns;
import digestbot.journeys.LoopbackOnly;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The bot token is in every Bot API URL; it must appear in no log line, even when calls fail. */
@SpringBootTest
@Import(LoopbackOnly.class)
@ExtendWith(OutputCaptureExtension.class)
class TokenSecrecyTests {

	static final String TOKEN = "424242:SECRET-token-that-must-never-be-logged";

	static final FakeBotApi TELEGRAM = FakeBotApi.start(TOKEN);

	@Autowired
	TelegramFileDownloads downloads;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("digestbot.telegram.bot-token", () -> TOKEN);
		registry.add("digestbot.telegram.api-url", TELEGRAM::baseUrl);
		registry.add("digestbot.telegram.poll-timeout", () -> "1s");
		registry.add("logging.level.org.telegram", () -> "debug");
		registry.add("logging.level.okhttp3", () -> "debug");
	}

	@Test
	void failingCallsLogNoToken(CapturedOutput output) throws Exception {
		TELEGRAM.faults()
			.failNext("getUpdates", 2, Failure.internalServerError())
			.failNext("sendMessage", 1, Failure.badRequest("Bad Request: message is too long"))
			.failNext("getFile", 1, Failure.badRequest("Bad Request: invalid file_id"));
		TELEGRAM.user(31).languageCode("nl").sendText("/help");
		await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.counters().calls("sendMessage") >= 1);
		try {
			downloads.download("no-such-file", 1024);
		}
		catch (java.io.IOException expected) {
			System.out.println("download failed: " + expected.getMessage());
		}
		TelegramMessenger unreachable = new TelegramMessenger(new TelegramSender(new CallingThreadTelegramClient(
				LoopbackOnlyDns.okHttpClient(), TOKEN, TelegramUrls.of(URI.create("http://127.0.0.1:9")))),
				new SimpleMeterRegistry());
		SendOutcome outcome = unreachable.send(31, 0, "x");
		System.out.println("unreachable: " + outcome);
		await().atMost(Duration.ofSeconds(20)).until(() -> output.getAll().contains("Reply not delivered"));

		assertThat(output.getAll()).contains("getUpdates", "Reply not delivered", "download failed", "unreachable")
			.doesNotContain(TOKEN)
			.doesNotContain("SECRET-token-that-must-never-be-logged");
	}

}
