package digestbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import digestbot.digest.IssueStore;
import digestbot.subscription.Place;
import digestbot.subscription.PushFormat;
import digestbot.subscription.SubscriberStore;
import digestbot.text.Html;
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
abstract class DeliveryDispatcherIntegrationTests {

	@OnH2
	static class OnH2Tests extends DeliveryDispatcherIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends DeliveryDispatcherIntegrationTests {

	}


	static final Duration TIMEOUT = Duration.ofSeconds(15);

	@Autowired
	DeliveryDispatcher dispatcher;

	@Autowired
	PushPlanner planner;

	@Autowired
	InMemoryMessenger messenger;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubscriberStore subscribers;

	PushFixtures fixtures;

	@BeforeEach
	void setUp(@Autowired IssueStore issues) {
		fixtures = new PushFixtures(jdbc, issues, subscribers);
		fixtures.clean();
		messenger.reset();
		clock.set(Instant.parse("2025-01-27T06:30:00Z")).ticking();
		fixtures.issue(LocalDate.of(2025, 1, 27), item("DeepSeek schokt", "AI"), item("Robots lopen", "Robots"),
				item("Robots met AI", "AI", "Robots"));
	}

	@AfterEach
	void stop() {
		dispatcher.stop();
	}

	@Test
	void sendsEachSubscriberTheirItemsInOneMessage() {
		fixtures.subscriber(1, "AI");
		fixtures.subscriber(2, "Robots", "AI");
		planner.planDue();

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 5);
		assertThat(messenger.accepted(1)).singleElement()
			.satisfies(call -> assertThat(call.text()).startsWith("Goedemorgen!").contains("DeepSeek", "Robots met AI"));
		assertThat(messenger.accepted(2)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from delivery where telegram_message_id is null or message_no <> 1")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aTooManyRequestsPausesAllSendingForItsRetryAfterAndLosesNothing() {
		for (long chat = 1; chat <= 5; chat++) {
			fixtures.subscriber(chat, "AI");
		}
		planner.planDue();
		// Enough 429s for every send that may be on its way when the first one comes back.
		SendOutcome limited = new SendOutcome.RateLimited(Duration.ofSeconds(2));
		messenger.answerNext(limited, limited, limited, limited, limited);

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 10);
		long limitedAt = messenger.calls().get(0).atNanos();
		assertThat(messenger.accepted()).extracting(InMemoryMessenger.Call::chatId)
			.containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
		assertThat(messenger.accepted()).allSatisfy(call -> assertThat(call.atNanos() - limitedAt)
			.isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos()));
	}

	@Test
	void aGoneChatIsDeactivatedAndItsPendingDeliveriesCancelled() {
		fixtures.subscriber(1, "AI", "Robots");
		fixtures.format(1, PushFormat.ITEMS);
		planner.planDue();
		messenger.answerAlways(1, new SendOutcome.ChatGone("Forbidden: bot was blocked by the user"));

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries(1, "CANCELLED") == 3);
		assertThat(subscribers.find(Place.chat(1)).orElseThrow().active()).isFalse();
		assertThat(messenger.calls()).hasSize(1);
		assertThat(jdbc.sql("select distinct last_error from delivery").query(String.class).list())
			.containsExactly("chat gone: Forbidden: bot was blocked by the user");
	}

	@Test
	void aGroupThatBecameASupergroupGetsThePushUnderItsNewIdOnce() {
		fixtures.subscriber(-200, "Robots");
		planner.planDue();
		messenger.answerAlways(-200, new SendOutcome.Moved(-1_000_000_000_200L));

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries(-1_000_000_000_200L, "SENT") == 2);
		assertThat(messenger.accepted(-1_000_000_000_200L)).singleElement()
			.satisfies(call -> assertThat(call.text()).startsWith("Goedemorgen!"));
		assertThat(subscribers.find(Place.chat(-200))).isEmpty();
		assertThat(subscribers.find(Place.chat(-1_000_000_000_200L)).orElseThrow().topics()).containsExactly("Robots");
		assertThat(fixtures.totalDeliveries()).isEqualTo(2);
	}

	@Test
	void aPlaceInAForumThreadGetsItsPushInItsThread() {
		fixtures.threadSubscriber(new Place(-300, 5), "Robots");
		fixtures.threadSubscriber(new Place(-300, 6), "AI");
		planner.planDue();

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 4);
		assertThat(messenger.accepted(-300)).extracting(InMemoryMessenger.Call::threadId)
			.containsExactlyInAnyOrder(5L, 6L);
		assertThat(messenger.accepted(-300)).filteredOn(call -> call.threadId() == 6)
			.singleElement()
			.satisfies(call -> assertThat(call.text()).contains("DeepSeek", "Robots met AI").doesNotContain("Robots lopen"));
		assertThat(messenger.accepted(-300)).filteredOn(call -> call.threadId() == 5)
			.singleElement()
			.satisfies(call -> assertThat(call.text()).contains("Robots lopen", "Robots met AI").doesNotContain("DeepSeek"));
	}

	@Test
	void aServerErrorIsRetriedUntilItSucceeds() {
		fixtures.subscriber(1, "Robots");
		planner.planDue();
		messenger.answerNext(new SendOutcome.Failed("502 Bad Gateway", true),
				new SendOutcome.Failed("500 Internal Server Error", true));

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 2);
		assertThat(messenger.calls()).hasSize(3);
		assertThat(jdbc.sql("select attempts from delivery").query(Integer.class).list()).containsOnly(3);
	}

	@Test
	void aMessageFailsAfterTheMaximumAttemptsWithTheReason() {
		fixtures.subscriber(1, "Robots");
		planner.planDue();
		messenger.answerAlways(1, new SendOutcome.Failed("502 Bad Gateway", true));

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("FAILED") == 2);
		assertThat(messenger.calls()).hasSize(3);
		assertThat(jdbc.sql("select distinct last_error from delivery").query(String.class).list())
			.containsExactly("502 Bad Gateway");
	}

	@Test
	void aRefusalThatARetryCannotMendFailsAtOnce() {
		fixtures.subscriber(1, "Robots");
		planner.planDue();
		messenger.answerAlways(1, new SendOutcome.Failed("400 Bad Request: message is too long", false));

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("FAILED") == 2);
		assertThat(messenger.calls()).hasSize(1);
	}

	@Test
	void refusedHtmlIsSentOnceMoreAsPlainText() {
		fixtures.subscriber(1, "Robots");
		planner.planDue();
		messenger.answerNext(new SendOutcome.BadMarkup("Bad Request: can't parse entities"));

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 2);
		List<InMemoryMessenger.Call> calls = messenger.calls();
		assertThat(calls).hasSize(2);
		assertThat(calls.get(1).plain()).isTrue();
		assertThat(calls.get(1).text()).isEqualTo(Html.toPlainText(calls.get(0).text())).doesNotContain("<b>");
	}

	@Test
	void itemsFormatSendsOneMessagePerItemAtMostOneASecond() {
		fixtures.subscriber(1, "AI", "Robots");
		fixtures.format(1, PushFormat.ITEMS);
		planner.planDue();

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 3);
		List<InMemoryMessenger.Call> sent = messenger.accepted(1);
		assertThat(sent).hasSize(3);
		assertThat(sent.get(0).text()).startsWith("Goedemorgen!");
		assertThat(sent.get(1).text()).doesNotContain("Goedemorgen");
		for (int i = 1; i < sent.size(); i++) {
			assertThat(sent.get(i).atNanos() - sent.get(i - 1).atNanos()).isGreaterThanOrEqualTo(1_000_000_000L);
		}
	}

	@Test
	void aGroupGetsAtMostOneMessageEveryThreeSeconds() {
		fixtures.subscriber(-100, "Robots");
		fixtures.format(-100, PushFormat.ITEMS);
		planner.planDue();

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 2);
		List<InMemoryMessenger.Call> sent = messenger.accepted(-100);
		assertThat(sent.get(1).atNanos() - sent.get(0).atNanos()).isGreaterThanOrEqualTo(3_000_000_000L);
	}

	@Test
	void deliveriesOfAnExpiredClaimAreSentAgain() {
		fixtures.subscriber(1, "Robots");
		planner.planDue();
		jdbc.sql("update delivery set state = 'SENDING', claimed_by = 'other:1', claimed_until = ?")
			.param(Outbox.utc(clock.instant().minusSeconds(1)))
			.update();

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 2);
		assertThat(messenger.accepted(1)).hasSize(1);
	}

	@Test
	void aSenderThatStalledPastItsLeaseLeavesTheMessageToItsNewSender(@Autowired Outbox outbox,
			@Autowired DeliveryRecorder recorder, @Autowired DispatchQueue queue, @Autowired SendPacer pacer,
			@Autowired SendBudget budget, @Autowired DeliveryProperties properties, @Autowired PushRenderer renderer,
			@Autowired PushItems items) {
		fixtures.subscriber(1, "AI");
		planner.planDue();
		Instant now = clock.instant();
		ChatClaim claim = outbox.claim(1, now, now.plus(properties.lease()), "digestbot-test:stalled").get(0);
		// While the sender stood still, its lease ended and the deliveries went back to the outbox.
		jdbc.sql("update delivery set state = 'PENDING', claimed_by = null, claimed_until = null").update();
		PushSender stalled = new PushSender(messenger, renderer, items, recorder, queue, pacer, budget, properties,
				clock);

		stalled.send(Dispatch.of(claim, now));

		assertThat(messenger.calls()).isEmpty();
		assertThat(fixtures.deliveries("PENDING")).isEqualTo(2);
	}

	@Test
	void aPushKilledMidwayResumesAndRepeatsOnlyWhatWasOnItsWay() {
		fixtures.subscriber(1, "AI");
		fixtures.subscriber(2, "AI");
		fixtures.subscriber(3, "AI");
		planner.planDue();
		// As a kill -9 leaves it: chat 1 done, chat 2's message on its way, chat 3 not reached.
		jdbc.sql("update delivery set state = 'SENT', telegram_message_id = 9, message_no = 1 where chat_id = 1").update();
		jdbc.sql("update delivery set state = 'SENDING', claimed_by = 'digestbot-test:dead', claimed_until = ? "
				+ "where chat_id = 2").param(Outbox.utc(clock.instant().plusSeconds(120))).update();

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 6);
		assertThat(messenger.accepted()).extracting(InMemoryMessenger.Call::chatId).containsExactlyInAnyOrder(2L, 3L);
	}

	@Test
	void aLongPauseAndAStopHandTheClaimsBackToTheOutbox() {
		for (long chat = 1; chat <= 5; chat++) {
			fixtures.subscriber(chat, "AI");
		}
		planner.planDue();
		messenger.answerNext(new SendOutcome.RateLimited(Duration.ofHours(1)));

		dispatcher.start();
		await().atMost(TIMEOUT).until(() -> !messenger.calls().isEmpty() && fixtures.deliveries("SENDING") == 0);
		dispatcher.stop();

		assertThat(fixtures.deliveries("PENDING")).isEqualTo(10 - fixtures.deliveries("SENT")).isPositive();
		assertThat(jdbc.sql("select count(*) from delivery where state = 'PENDING' and next_attempt_at < ?")
			.param(Outbox.utc(clock.instant().plusSeconds(3500)))
			.query(Integer.class)
			.single()).isZero();
	}

}
