package digestbot.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.Failure;
import digestbot.journeys.LoopbackOnly;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Bot API fails for the first seconds (502s and a 429): the application starts anyway, says
 * DOWN meanwhile, and the bot starts once Telegram answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "digestbot.push.enabled=false", "digestbot.telegram.poll-timeout=2s",
				"digestbot.telegram.connect.retry-delay=500ms", "digestbot.telegram.connect.max-retry-delay=1s" })
@Import(LoopbackOnly.class)
@DirtiesContext
class TelegramOutageAtStartIntegrationTests {

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	static {
		// Attempts at about 0, 0.5 and 1.5 s, then after the 429's 2 s (longer than the longest
		// backoff) at 3.5 and 4.5 s: the fifth gets through.
		TELEGRAM.faults()
			.failNext("getMe", 2, Failure.badGateway())
			.failNext("getMe", Failure.tooManyRequests(2))
			.failNext("getMe", Failure.badGateway());
	}

	@LocalServerPort
	int port;

	@Autowired
	TelegramHealth health;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("digestbot.telegram.bot-token", TELEGRAM::token);
		registry.add("digestbot.telegram.api-url", TELEGRAM::baseUrl);
	}

	@Test
	void theApplicationSaysDownUntilTelegramAnswersThenTheBotAnswers() throws Exception {
		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		HttpResponse<String> down = health();
		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(down.body()).contains("DOWN");

		TELEGRAM.user(51).languageCode("nl").sendText("/start");

		assertThat(TELEGRAM.awaitMessages(51, 1, Duration.ofSeconds(60)).get(0).plainText()).contains("/sections");
		assertThat(TELEGRAM.counters().calls("getMe")).isGreaterThanOrEqualTo(5);
		await().atMost(Duration.ofSeconds(10)).until(() -> health().statusCode() == 200);
		assertThat(TELEGRAM.commandsSet()).isNotEmpty();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	private HttpResponse<String> health() throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
