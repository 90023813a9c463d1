package digestbot.delivery;

import java.time.Duration;
import java.time.LocalDate;

import digestbot.digest.IssueStore;
import digestbot.fakebotapi.Failure;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.SentMessage;
import digestbot.journeys.LoopbackOnly;
import digestbot.subscription.Place;
import digestbot.subscription.PushFormat;
import digestbot.subscription.SubscriberStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static digestbot.delivery.PushFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The push through the application's own Telegram wiring (its TelegramBots client, its sender and
 * its messenger, configured by a bot token and the API's address) against the fake Bot API's
 * strict flood control. The margin is wider than the default 2% (20 ms of arrival jitter a
 * second): a busy build machine delays requests more than that. RateBenchmark measures the
 * default. Each test pushes to chats of its own: a chat's budget of messages outlives a test.
 */
@SpringBootTest(properties = { "digestbot.push.enabled=false", "digestbot.push.rate=30",
		"digestbot.push.safety-margin=0.1", "digestbot.push.poll-interval=50ms", "digestbot.push.retry-delay=50ms",
		"digestbot.telegram.poll-timeout=2s" })
@Import(LoopbackOnly.class)
class PushThroughTelegramIntegrationTests {

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	final FakeBotApi telegram = TELEGRAM;

	@Autowired
	PushReports reports;

	@Autowired
	DeliveryDispatcher dispatcher;

	@Autowired
	SubscriberStore subscribers;

	@Autowired
	MeterRegistry meters;

	PushFixtures fixtures;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("digestbot.telegram.bot-token", TELEGRAM::token);
		registry.add("digestbot.telegram.api-url", TELEGRAM::baseUrl);
	}

	@BeforeEach
	void setUp(@Autowired JdbcClient jdbc, @Autowired IssueStore issues) {
		fixtures = new PushFixtures(jdbc, issues, subscribers);
		fixtures.clean();
		telegram.reset();
		telegram.faults().clear();
		telegram.faults().strictRateLimit(30).perChatRateLimit(true);
		fixtures.issue(LocalDate.of(2025, 1, 27), item("DeepSeek <schokt> & beeft", "AI"),
				item("Robots lopen", "Robots"), item("Robots met AI", "AI", "Robots"));
	}

	@AfterEach
	void stop() {
		dispatcher.stop();
	}

	/*
	 * Whether a 429 is provoked depends on timing (a busy machine delays one send and bunches the
	 * next); the figure is measured by the strict-rate benchmark. This test holds to what must
	 * be true on any machine: every chat is reached once, a 429 if any costs nothing.
	 */
	@Test
	void aPushUnderStrictFloodControlReachesEveryChatOnce() {
		for (long chat = 1; chat <= 60; chat++) {
			fixtures.subscriber(chat, "AI");
		}
		fixtures.subscriber(61, "AI");
		telegram.faults().blockChat(61);
		double sentBefore = outcomes("Sent");
		double goneBefore = outcomes("ChatGone");

		reports.pushNow();
		dispatcher.start();

		await().atMost(Duration.ofSeconds(15)).until(() -> reports.lastReports(1).get(0).isDone());
		PushReport report = reports.lastReports(1).get(0);
		assertThat(report.sent()).isEqualTo(120);
		assertThat(report.messages()).isEqualTo(60);
		assertThat(report.blocked()).isEqualTo(1);
		assertThat(telegram.sentMessages()).hasSize(60).allSatisfy(message -> {
			assertThat(message.isHtml()).isTrue();
			assertThat(message.linkPreviewDisabled()).isTrue();
			assertThat(message.plainText()).contains("DeepSeek <schokt> & beeft");
		});
		assertThat(subscribers.find(Place.chat(61)).orElseThrow().active()).isFalse();
		assertThat(outcomes("Sent") - sentBefore).as("counted by the application's messenger").isEqualTo(60);
		assertThat(outcomes("ChatGone") - goneBefore).isEqualTo(1);
	}

	@Test
	void itemsFormatKeepsToOneMessageASecondInAChat() {
		fixtures.subscriber(71, "AI", "Robots");
		fixtures.format(71, PushFormat.ITEMS);

		reports.pushNow();
		dispatcher.start();

		assertThat(telegram.awaitMessages(71, 3, Duration.ofSeconds(10))).extracting(SentMessage::plainText)
			.satisfiesExactly(first -> assertThat(first).startsWith("Goedemorgen!").contains("DeepSeek"),
					second -> assertThat(second).contains("Robots met AI"),
					third -> assertThat(third).contains("Robots lopen"));
	}

	/** Telegram's 400s that say a chat is gone for good, as 403s do (see the first test). */
	@ParameterizedTest
	@ValueSource(strings = { "chat not found", "group chat was upgraded to a supergroup chat" })
	void aChatThatIsGoneIsMarkedInactiveAndItsPushEnds(String answer) {
		fixtures.subscriber(81, "AI");
		telegram.faults().failNext("sendMessage", Failure.badRequest(answer));

		reports.pushNow();
		dispatcher.start();

		await().atMost(Duration.ofSeconds(10)).until(() -> reports.lastReports(1).get(0).isDone());
		PushReport report = reports.lastReports(1).get(0);
		assertThat(report.blocked()).isEqualTo(1);
		assertThat(report.failed()).isZero();
		assertThat(subscribers.find(Place.chat(81)).orElseThrow().active()).isFalse();
		assertThat(telegram.counters().calls("sendMessage")).isOne();
	}

	@Test
	void aServerErrorIsTriedAgainAndTheMessageArrivesOnce() {
		fixtures.subscriber(91, "AI");
		telegram.faults().failNext("sendMessage", Failure.badGateway()).failNext("sendMessage", Failure.internalServerError());

		reports.pushNow();
		dispatcher.start();

		assertThat(telegram.awaitMessages(91, 1, Duration.ofSeconds(10))).hasSize(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> reports.lastReports(1).get(0).isDone());
		assertThat(reports.lastReports(1).get(0).sent()).isEqualTo(2);
		assertThat(telegram.counters().calls("sendMessage")).isEqualTo(3);
	}

	@Test
	void markupTelegramRefusesIsSentOnceMoreAsPlainText() {
		fixtures.subscriber(101, "AI");
		telegram.faults().failNext("sendMessage", Failure.badRequest("can't parse entities: unexpected end tag"));

		reports.pushNow();
		dispatcher.start();

		SentMessage message = telegram.awaitMessages(101, 1, Duration.ofSeconds(10)).get(0);
		assertThat(message.isHtml()).isFalse();
		assertThat(message.text()).contains("DeepSeek <schokt> & beeft");
	}

	private double outcomes(String outcome) {
		return meters.counter("digestbot.push.messages", "outcome", outcome).count();
	}

}
