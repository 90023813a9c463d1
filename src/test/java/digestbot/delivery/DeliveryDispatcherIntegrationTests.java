package digestbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

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

/**
 * The dispatcher against a messenger that answers what each test asks. Each test pushes to chats
 * of its own: a chat's budget of messages outlives a test, and a chat another test just used
 * would make this one wait for it.
 */
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
	DeliveryProperties properties;

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
		// More chats than sends may be on their way at once: the others must wait for the pause.
		List<Long> chats = LongStream.rangeClosed(201, 220).boxed().toList();
		chats.forEach(chat -> fixtures.subscriber(chat, "AI"));
		planner.planDue();
		// As Telegram does: every send until the retry_after has passed gets a 429 too, those on
		// their way when the first one came back included.
		messenger.rateLimitFor(Duration.ofSeconds(2));

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 2 * chats.size());
		long limitedAt = messenger.calls().get(0).atNanos();
		assertThat(messenger.accepted()).extracting(InMemoryMessenger.Call::chatId)
			.containsExactlyInAnyOrderElementsOf(chats);
		assertThat(messenger.accepted()).allSatisfy(call -> assertThat(call.atNanos() - limitedAt)
			.isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos()));
		// At most one send a sender thread was on its way when the first 429 came back.
		assertThat(messenger.calls()).as("refused: the first send and those already on their way")
			.filteredOn(call -> !call.accepted())
			.hasSizeBetween(1, properties.senderThreads());
	}

	@Test
	void aGoneChatIsDeactivatedAndItsPendingDeliveriesCancelled() {
		fixtures.subscriber(21, "AI", "Robots");
		fixtures.format(21, PushFormat.ITEMS);
		planner.planDue();
		messenger.answerAlways(21, new SendOutcome.ChatGone("Forbidden: bot was blocked by the user"));

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries(21, "CANCELLED") == 3);
		assertThat(subscribers.find(Place.chat(21)).orElseThrow().active()).isFalse();
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
		fixtures.subscriber(31, "Robots");
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
		fixtures.subscriber(41, "Robots");
		planner.planDue();
		messenger.answerAlways(41, new SendOutcome.Failed("502 Bad Gateway", true));

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("FAILED") == 2);
		assertThat(messenger.calls()).hasSize(3);
		assertThat(jdbc.sql("select distinct last_error from delivery").query(String.class).list())
			.containsExactly("502 Bad Gateway");
	}

	@Test
	void aRefusalThatARetryCannotMendFailsAtOnce() {
		fixtures.subscriber(51, "Robots");
		planner.planDue();
		messenger.answerAlways(51, new SendOutcome.Failed("400 Bad Request: message is too long", false));

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("FAILED") == 2);
		assertThat(messenger.calls()).hasSize(1);
	}

	@Test
	void refusedHtmlIsSentOnceMoreAsPlainText() {
		fixtures.subscriber(61, "Robots");
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
		fixtures.subscriber(71, "AI", "Robots");
		fixtures.format(71, PushFormat.ITEMS);
		planner.planDue();

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 3);
		List<InMemoryMessenger.Call> sent = messenger.accepted(71);
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
		fixtures.subscriber(81, "Robots");
		planner.planDue();
		jdbc.sql("update delivery set state = 'SENDING', claimed_by = 'other:1', claimed_until = ?")
			.param(Outbox.utc(clock.instant().minusSeconds(1)))
			.update();

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 2);
		assertThat(messenger.accepted(81)).hasSize(1);
	}

	@Test
	void aSenderThatStalledPastItsLeaseLeavesTheMessageToItsNewSender(@Autowired Outbox outbox,
			@Autowired DeliveryRecorder recorder, @Autowired DispatchQueue queue, @Autowired SendPacer pacer,
			@Autowired SendBudget budget, @Autowired DeliveryProperties properties, @Autowired PushRenderer renderer,
			@Autowired PushItems items) {
		fixtures.subscriber(101, "AI");
		planner.planDue();
		Instant now = clock.instant();
		ChatClaim claim = outbox.claim(1, now, now.plus(properties.lease()), "digestbot-test:stalled").get(0);
		// While the sender stood still, its lease ended and the deliveries went back to the outbox.
		jdbc.sql("update delivery set state = 'PENDING', claimed_by = null, claimed_until = null where chat_id = 101")
			.update();
		PushSender stalled = new PushSender(messenger, renderer, items, recorder, queue, pacer, budget, properties,
				clock);

		stalled.send(Dispatch.of(claim, now));

		assertThat(messenger.calls()).isEmpty();
		assertThat(fixtures.deliveries(101, "PENDING")).isEqualTo(2);
	}

	@Test
	void aPushKilledMidwayResumesAndRepeatsOnlyWhatWasOnItsWay() {
		fixtures.subscriber(91, "AI");
		fixtures.subscriber(92, "AI");
		fixtures.subscriber(93, "AI");
		planner.planDue();
		// As a kill -9 leaves it: chat 91 done, chat 92's message on its way, chat 93 not reached.
		jdbc.sql("update delivery set state = 'SENT', telegram_message_id = 9, message_no = 1 where chat_id = 91").update();
		jdbc.sql("update delivery set state = 'SENDING', claimed_by = 'digestbot-test:dead', claimed_until = ? "
				+ "where chat_id = 92").param(Outbox.utc(clock.instant().plusSeconds(120))).update();

		dispatcher.start();

		await().atMost(TIMEOUT).until(() -> fixtures.deliveries("SENT") == 6);
		assertThat(messenger.accepted()).extracting(InMemoryMessenger.Call::chatId).containsExactlyInAnyOrder(92L, 93L);
	}

	@Test
	void aLongPauseAndAStopHandTheClaimsBackToTheOutbox() {
		for (long chat = 101; chat <= 105; chat++) {
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
