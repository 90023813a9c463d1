package digestbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import digestbot.digest.IssueStore;
import digestbot.subscription.SubscriberStore;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static digestbot.delivery.PushFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(properties = { PushTestConfiguration.ENABLED, PushTestConfiguration.RATE, PushTestConfiguration.RETRY,
		PushTestConfiguration.ATTEMPTS, PushTestConfiguration.POLL, PushTestConfiguration.INSTANCE })
@Import(PushTestConfiguration.class)
abstract class PushReportsIntegrationTests {

	@OnH2
	static class OnH2Tests extends PushReportsIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends PushReportsIntegrationTests {

	}


	@Autowired
	PushReports reports;

	@Autowired
	PushPlanner planner;

	@Autowired
	DeliveryDispatcher dispatcher;

	@Autowired
	InMemoryMessenger messenger;

	@Autowired
	MutableClock clock;

	PushFixtures fixtures;

	@BeforeEach
	void setUp(@Autowired JdbcClient jdbc, @Autowired IssueStore issues, @Autowired SubscriberStore subscribers) {
		fixtures = new PushFixtures(jdbc, issues, subscribers);
		fixtures.clean();
		messenger.reset();
		clock.set(Instant.parse("2025-01-27T05:00:00Z")).ticking();
		fixtures.issue(LocalDate.of(2025, 1, 27), item("DeepSeek schokt", "AI"), item("Een taalmodel", "AI"));
		for (long chat = 1; chat <= 3; chat++) {
			fixtures.subscriber(chat, "AI");
		}
	}

	@AfterEach
	void stop() {
		dispatcher.stop();
	}

	@Test
	void aPushNowPlansEveryoneAndReportsWhatBecameOfIt() {
		messenger.answerAlways(2, new SendOutcome.ChatGone("Forbidden: user is deactivated"))
			.answerAlways(3, new SendOutcome.Failed("400 Bad Request: something odd", false));

		PushReport planned = reports.pushNow();
		dispatcher.start();

		assertThat(planned.kind()).isEqualTo(PushReport.Kind.NOW);
		assertThat(planned.planned()).isEqualTo(6);
		assertThat(planned.chats()).isEqualTo(3);
		assertThat(planned.pending()).isEqualTo(6);
		await().atMost(Duration.ofSeconds(15)).until(() -> reports.lastReports(1).get(0).isDone());
		PushReport done = reports.lastReports(1).get(0);
		assertThat(done.sent()).isEqualTo(2);
		assertThat(done.messages()).isEqualTo(1);
		assertThat(done.failed()).isEqualTo(2);
		assertThat(done.blocked()).isEqualTo(1);
		assertThat(done.firstSentAt()).isNotNull().isEqualTo(done.lastSentAt());
	}

	@Test
	void reportsTheLastPushesNewestFirstAndOnlyPushesThatPlannedSomething() {
		clock.frozen().set(Instant.parse("2025-01-27T06:30:00Z"));
		planner.planDue();
		clock.set(Instant.parse("2025-01-27T06:31:00Z"));
		planner.planDue();
		reports.pushNow();

		assertThat(reports.lastReports(5)).extracting(PushReport::kind, PushReport::planned)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PushReport.Kind.NOW, 0),
					org.assertj.core.groups.Tuple.tuple(PushReport.Kind.SCHEDULED, 6));
	}

}
