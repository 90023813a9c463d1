package digestbot.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import digestbot.chat.Incoming;
import digestbot.delivery.MutableClock;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox hands each update on once, however often and to whichever instance on the database
 * Telegram delivers it: while it is handled, after it was answered, or at the same moment.
 */
@SpringBootTest(properties = "digestbot.push.enabled=false")
abstract class UpdateInboxIntegrationTests {

	@OnH2
	static class OnH2Tests extends UpdateInboxIntegrationTests {

		OnH2Tests() {
			super("select count(*) from information_schema.sessions where blocker_id is not null");
		}

	}

	@OnPostgres
	static class OnPostgresTests extends UpdateInboxIntegrationTests {

		OnPostgresTests() {
			super("select count(*) from pg_stat_activity where wait_event_type = 'Lock'");
		}

	}

	private static final UpdateInbox.Received UPDATE = new UpdateInbox.Received(501,
			new Incoming.Message(7001, 7001, "nl", "/archive"));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	org.springframework.jdbc.core.JdbcOperations batches;

	final MutableClock clock = new MutableClock(Instant.parse("2025-01-27T06:30:00Z"));

	UpdateInbox inbox;

	/** Counts the sessions waiting for a lock another holds. */
	private final String blockedSessions;

	UpdateInboxIntegrationTests(String blockedSessions) {
		this.blockedSessions = blockedSessions;
	}

	@BeforeEach
	void setUp() {
		jdbc.sql("delete from inbox").update();
		inbox = new UpdateInbox(jdbc, batches, transaction, clock, Duration.ofSeconds(20));
	}

	@Test
	void anUpdateDeliveredAgainWhileItIsHandledIsDropped() {
		assertThat(inbox.accept(List.of(UPDATE))).containsExactly(UPDATE);

		assertThat(inbox.accept(List.of(UPDATE))).isEmpty();
	}

	@Test
	void anUpdateDeliveredAgainAfterItWasAnsweredIsDropped() {
		inbox.accept(List.of(UPDATE));
		inbox.answered(UPDATE.updateId());
		inbox.flushAnswered();
		clock.advance(Duration.ofHours(24));

		assertThat(inbox.accept(List.of(UPDATE))).isEmpty();
		assertThat(inbox.forgetAnswered()).isZero();
	}

	@Test
	void theAnswersNotedRideAlongWithTheNextPollsWrite() {
		inbox.accept(List.of(UPDATE));
		inbox.answered(UPDATE.updateId());

		inbox.accept(List.of(new UpdateInbox.Received(502, new Incoming.Message(7002, 7002, "nl", "/latest"))));

		assertThat(jdbc.sql("select count(*) from inbox where update_id = 501 and answered_at is not null")
			.query(Integer.class)
			.single()).isOne();
		assertThat(inbox.flushAnswered()).as("nothing left to write").isZero();
	}

	@Test
	void theTimerLeavesTheAnswersToTheNextPollWhilePollsComeAndWritesThemWhenNoneCame() {
		inbox.accept(List.of(UPDATE));
		inbox.answered(UPDATE.updateId());

		assertThat(inbox.flushAnsweredUnlessPolledWithin(Duration.ofMillis(100))).isZero();
		clock.advance(Duration.ofMillis(101));
		assertThat(inbox.flushAnsweredUnlessPolledWithin(Duration.ofMillis(100))).isOne();
	}

	/**
	 * A stop interrupts a poll whose write took the answers noted along: the write fails and puts
	 * them back, and the stop's last write must come after it, or a restart answers them again.
	 */
	@Test
	void aStopsLastWriteWaitsForAWriteUnderWayAndWritesDownTheAnswersItPutBack() throws Exception {
		inbox.accept(List.of(UPDATE));
		inbox.answered(UPDATE.updateId());
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch interrupted = new CountDownLatch(1);
		CompletableFuture<UpdateInbox.Accepted<String>> poll = CompletableFuture.supplyAsync(() -> inbox.accept(
				List.of(new UpdateInbox.Received(502, new Incoming.Message(7002, 7002, "nl", "/latest"))), fresh -> {
					writing.countDown();
					await(interrupted);
					throw new IllegalStateException("interrupted by the stop");
				}, (fresh, ex) -> {
					throw ex;
				}));
		assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Integer> lastWrite = CompletableFuture
			.supplyAsync(() -> inbox.flushAnsweredAtStop(Duration.ofSeconds(10)));
		Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !lastWrite.isDone());
		interrupted.countDown();

		assertThat(poll).failsWithin(Duration.ofSeconds(10));
		assertThat(lastWrite.get(10, TimeUnit.SECONDS)).isOne();
		assertThat(jdbc.sql("select count(*) from inbox where update_id = 501 and answered_at is not null")
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void workAlongsideThatFailsIsUndoneAloneAndTheUpdatesStayWrittenDown() {
		UpdateInbox.Accepted<String> accepted = inbox.accept(List.of(UPDATE), fresh -> {
			transaction.executeWithoutResult(status -> {
				jdbc.sql("insert into setting (setting_name, setting_value) values ('alongside', 'x')").update();
				throw new IllegalStateException("the flood count failed");
			});
			return "counted";
		}, (fresh, ex) -> "uncounted: " + ex.getMessage());

		assertThat(accepted.fresh()).containsExactly(UPDATE);
		assertThat(accepted.alongside()).isEqualTo("uncounted: the flood count failed");
		assertThat(jdbc.sql("select count(*) from inbox where update_id = 501").query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from setting where setting_name = 'alongside'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anAnsweredUpdateIsNeverTakenUpAgainAndIsForgottenAfterADay() {
		inbox.accept(List.of(UPDATE));
		inbox.answered(UPDATE.updateId());
		inbox.flushAnswered();
		clock.advance(Duration.ofSeconds(21));

		assertThat(restarted().takeAbandoned(10)).isEmpty();
		clock.advance(UpdateInbox.KEPT);
		assertThat(inbox.forgetAnswered()).isOne();
	}

	@Test
	void anUpdateUnansweredWhenItsLeaseRanOutIsTakenUpAgain() {
		inbox.accept(List.of(UPDATE));
		clock.advance(Duration.ofSeconds(21));
		UpdateInbox afterCrash = restarted();

		assertThat(afterCrash.takeAbandoned(10)).containsExactly(UPDATE);
		assertThat(afterCrash.takeAbandoned(10)).isEmpty();
		assertThat(restarted().takeAbandoned(10)).isEmpty();
	}

	@Test
	void anUpdateHeldLongerThanItsLeaseIsNeverTakenUpElsewhere() {
		inbox.accept(List.of(UPDATE));
		UpdateInbox elsewhere = restarted();
		for (int i = 0; i < 12; i++) { // a minute in a lane or a slow handler, three leases
			clock.advance(Duration.ofSeconds(5));
			assertThat(inbox.renewHeld()).isOne();
			assertThat(elsewhere.takeAbandoned(10)).isEmpty();
		}
		assertThat(inbox.takeAbandoned(10)).as("nor again here").isEmpty();

		inbox.answered(UPDATE.updateId());
		inbox.flushAnswered();
		assertThat(inbox.renewHeld()).as("an answered update is no longer held").isZero();
	}

	@Test
	void anUpdateLetGoIsTakenUpOnceItsLeaseRanOut() {
		inbox.accept(List.of(UPDATE));
		inbox.letGo(List.of(UPDATE));
		assertThat(inbox.renewHeld()).isZero();
		clock.advance(Duration.ofSeconds(21));

		assertThat(inbox.takeAbandoned(10)).containsExactly(UPDATE);
		assertThat(inbox.renewHeld()).as("held again by whoever took it up").isOne();
	}

	@Test
	void takesUpNoMoreAbandonedUpdatesThanAsked() {
		List<UpdateInbox.Received> updates = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			updates.add(new UpdateInbox.Received(600 + i, new Incoming.Message(7000 + i, 7000 + i, "nl", "/help")));
		}
		inbox.accept(updates);
		clock.advance(Duration.ofSeconds(21));
		UpdateInbox afterCrash = restarted();

		assertThat(afterCrash.takeAbandoned(2)).containsExactlyElementsOf(updates.subList(0, 2));
		assertThat(afterCrash.takeAbandoned(0)).isEmpty();
		assertThat(afterCrash.takeAbandoned(10)).containsExactlyElementsOf(updates.subList(2, 5));
	}

	/** The same database, read by a new process: this instance's holds are gone with it. */
	private UpdateInbox restarted() {
		return new UpdateInbox(jdbc, batches, transaction, clock, Duration.ofSeconds(20));
	}

	/** Another instance writes the update down in a transaction that commits while this one tries. */
	@Test
	void anUpdateWrittenDownElsewhereAtTheSameMomentIsDropped() throws Exception {
		UpdateInbox elsewhere = new UpdateInbox(jdbc, batches, transaction, clock, Duration.ofSeconds(20));
		UpdateInbox.Received other = new UpdateInbox.Received(502, new Incoming.Message(7002, 7002, "nl", "/help"));
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		CompletableFuture<List<UpdateInbox.Received>> first = CompletableFuture
			.supplyAsync(() -> transaction.execute(status -> {
				List<UpdateInbox.Received> fresh = elsewhere.accept(List.of(UPDATE));
				written.countDown();
				await(commit);
				return fresh;
			}));
		assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<List<UpdateInbox.Received>> second = CompletableFuture
			.supplyAsync(() -> inbox.accept(List.of(UPDATE, other)));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql(blockedSessions).query(Integer.class).single() > 0);
		commit.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(UPDATE);
		assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly(other);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
