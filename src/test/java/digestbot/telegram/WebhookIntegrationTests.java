package digestbot.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import digestbot.delivery.MutableClock;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.journeys.LoopbackOnly;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhook mode: Telegram calls us with the secret; calls without it are refused unread. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LoopbackOnly.class)
class WebhookIntegrationTests {

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	static final String SECRET = "webhook-secret_for-tests";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	StartRetries start;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	UpdateInbox inbox;

	@Autowired
	TelegramProperties properties;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("digestbot.telegram.bot-token", TELEGRAM::token);
		registry.add("digestbot.telegram.api-url", TELEGRAM::baseUrl);
		registry.add("digestbot.telegram.webhook-url", () -> "https://bot.example.org/telegram/webhook");
		registry.add("digestbot.telegram.webhook-secret", () -> SECRET);
	}

	/** The bot starts in the background; until it has, webhook calls get 503. */
	@BeforeEach
	void started() {
		await().atMost(Duration.ofSeconds(30)).until(start::started);
	}

	@Test
	void registersTheWebhookWithItsSecretInsteadOfPolling() {
		assertThat(TELEGRAM.counters().calls("setWebhook")).isOne();
		assertThat(TELEGRAM.counters().calls("getUpdates")).isZero();
	}

	@Test
	void aCallWithoutTheRightSecretIsRefusedAndNotRead() throws Exception {
		assertThat(post(null, update(1, 9001, "/help")).statusCode()).isEqualTo(401);
		assertThat(post("wrong-secret", update(2, 9001, "/help")).statusCode()).isEqualTo(401);
		assertThat(post(SECRET.substring(1), update(3, 9001, "/help")).statusCode()).isEqualTo(401);

		assertThat(post(SECRET, update(4, 9002, "/archive")).statusCode()).isEqualTo(200);
		assertThat(TELEGRAM.awaitMessages(9002, 1, Duration.ofSeconds(10)).get(0).plainText()).contains("Archief");
		assertThat(TELEGRAM.sentMessages(9001)).isEmpty();
	}

	@Test
	void aBodyThatIsNotAnUpdateIsABadRequest() throws Exception {
		assertThat(post(SECRET, "not json").statusCode()).isEqualTo(400);
		assertThat(post(SECRET, "{\"message\":{}}").statusCode()).isEqualTo(400);
		assertThat(post(SECRET, "").statusCode()).isEqualTo(400);
	}

	@Test
	void anUpdateSentTwiceIsAnsweredOnce() throws Exception {
		String update = update(10, 9003, "/archive");

		assertThat(post(SECRET, update).statusCode()).isEqualTo(200);
		assertThat(post(SECRET, update).statusCode()).isEqualTo(200);

		assertThat(TELEGRAM.awaitMessages(9003, 1, Duration.ofSeconds(10))).hasSize(1);
		AllAnswered.await(context);
		clock.advance(properties.inboxLease().plusSeconds(1));
		assertThat(inbox.takeAbandoned(100)).as("taken up again once its lease ran out").isEmpty();
		assertThat(TELEGRAM.sentMessages(9003)).hasSize(1);
	}

	/** A clock the test moves, running with real time until then. */
	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now()).ticking();
		}

	}

	private HttpResponse<String> post(String secret, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (secret != null) {
			request.header("X-Telegram-Bot-Api-Secret-Token", secret);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String update(int updateId, long chatId, String text) {
		return """
				{"update_id":%d,"message":{"message_id":%d,"date":1738000000,
				 "chat":{"id":%d,"type":"private","first_name":"W"},
				 "from":{"id":%d,"is_bot":false,"first_name":"W","language_code":"nl"},
				 "text":"%s","entities":[{"type":"bot_command","offset":0,"length":%d}]}}"""
			.formatted(updateId, updateId, chatId, chatId, text, text.length());
	}

}
