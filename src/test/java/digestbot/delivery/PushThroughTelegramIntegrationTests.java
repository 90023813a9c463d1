package digestbot.delivery;

import java.time.Duration;
import java.time.LocalDate;

import digestbot.digest.IssueStore;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.SentMessage;
import digestbot.subscription.PushFormat;
import digestbot.subscription.SubscriberStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import static digestbot.delivery.PushFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The push through the real TelegramBots client against the fake Bot API's strict flood control.
 * The margin is wider than the default 2% (20 ms of arrival jitter a second): a busy build
 * machine delays requests more than that. RateBenchmark measures the default.
 */
@SpringBootTest(properties = { "digestbot.push.enabled=false", "digestbot.push.rate=30",
		"digestbot.push.safety-margin=0.1", "digestbot.push.poll-interval=50ms" })
class PushThroughTelegramIntegrationTests {

	@Autowired
	FakeBotApi telegram;

	@Autowired
	PushReports reports;

	@Autowired
	DeliveryDispatcher dispatcher;

	@Autowired
	SubscriberStore subscribers;

	PushFixtures fixtures;

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
		assertThat(subscribers.find(61).orElseThrow().active()).isFalse();
	}

	@Test
	void itemsFormatKeepsToOneMessageASecondInAChat() {
		fixtures.subscriber(1, "AI", "Robots");
		fixtures.format(1, PushFormat.ITEMS);

		reports.pushNow();
		dispatcher.start();

		assertThat(telegram.awaitMessages(1, 3, Duration.ofSeconds(10))).extracting(SentMessage::plainText)
			.satisfiesExactly(first -> assertThat(first).startsWith("Goedemorgen!").contains("DeepSeek"),
					second -> assertThat(second).contains("Robots met AI"),
					third -> assertThat(third).contains("Robots lopen"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Telegram {

		@Bean
		FakeBotApi fakeBotApi() {
			return FakeBotApi.start();
		}

		@Bean
		FakeBotApiMessenger fakeBotApiMessenger(FakeBotApi telegram) {
			return new FakeBotApiMessenger(telegram);
		}

	}

}
