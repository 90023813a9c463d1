package digestbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import digestbot.digest.IssueStore;
import digestbot.subscription.SubscriberStore;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import static digestbot.delivery.PushFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A delivery refers to an item and a push that exist, and goes with its item: on H2 by foreign
 * keys, on PostgreSQL by triggers that check a statement's rows at once (see the migration V20).
 */
@SpringBootTest(properties = { PushTestConfiguration.ENABLED, PushTestConfiguration.RATE, PushTestConfiguration.RETRY,
		PushTestConfiguration.ATTEMPTS, PushTestConfiguration.POLL, PushTestConfiguration.INSTANCE })
@Import(PushTestConfiguration.class)
abstract class DeliveryReferencesIntegrationTests {

	@OnH2
	static class OnH2Tests extends DeliveryReferencesIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends DeliveryReferencesIntegrationTests {

		@Test
		void deliveryChecksAreNoLongerForeignKeysCheckedRowByRow() {
			assertThat(jdbc.sql("select count(*) from pg_constraint where conrelid = 'delivery'::regclass"
					+ " and contype = 'f'").query(Integer.class).single()).isZero();
		}

		@Test
		void anItemDeletedWhileItsDeliveriesAreBeingPlannedTakesThemAlongOnceTheyAreIn(
				@Autowired TransactionOperations transactions) throws Exception {
			long item = itemId();
			CountDownLatch inserted = new CountDownLatch(1);
			CountDownLatch commit = new CountDownLatch(1);
			CompletableFuture<Void> planning = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
				insert(2, item, pushId);
				inserted.countDown();
				awaitLatch(commit);
			}));
			assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Integer> deleting = CompletableFuture
				.supplyAsync(() -> jdbc.sql("delete from item where id = ?").param(item).update());
			await().atMost(Duration.ofSeconds(10))
				.until(() -> jdbc.sql("select count(*) from pg_stat_activity where datname = current_database()"
						+ " and wait_event_type = 'Lock'").query(Integer.class).single() > 0);
			assertThat(deleting).as("the planning transaction holds the item").isNotDone();

			commit.countDown();
			planning.get(10, TimeUnit.SECONDS);
			assertThat(deleting.get(10, TimeUnit.SECONDS)).isOne();
			assertThat(deliveriesOf(item)).isZero();
		}

		private static void awaitLatch(CountDownLatch latch) {
			try {
				latch.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	static final LocalDate MONDAY = LocalDate.of(2025, 1, 27);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PushPlanner planner;

	@Autowired
	MutableClock clock;

	long pushId;

	@BeforeEach
	void planOneDelivery(@Autowired IssueStore issues, @Autowired SubscriberStore subscribers) {
		PushFixtures fixtures = new PushFixtures(jdbc, issues, subscribers);
		fixtures.clean();
		clock.frozen().set(Instant.parse("2025-01-27T05:00:00Z"));
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.subscriber(1, "Robots");
		pushId = planner.planAll().pushId();
	}

	@Test
	void aDeliveryOfAnItemThatDoesNotExistIsRefused() {
		assertThatThrownBy(() -> insert(2, itemId() + 1000, pushId)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.sql("select count(*) from delivery").query(Integer.class).single()).isOne();
	}

	@Test
	void aDeliveryOfAPushThatDoesNotExistIsRefused() {
		assertThatThrownBy(() -> insert(2, itemId(), pushId + 1000)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.sql("select count(*) from delivery").query(Integer.class).single()).isOne();
	}

	@Test
	void aDeliveryWithoutAPushIsTaken() {
		insert(2, itemId(), null);

		assertThat(deliveriesOf(itemId())).isEqualTo(2);
	}

	@Test
	void aDeliveryCannotBeMovedToAnItemOrPushThatDoesNotExist() {
		assertThatThrownBy(() -> jdbc.sql("update delivery set item_id = item_id + 1000").update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("update delivery set push_id = push_id + 1000").update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(deliveriesOf(itemId())).isOne();
	}

	@Test
	void aPushWithDeliveriesCannotBeDeleted() {
		assertThatThrownBy(() -> jdbc.sql("delete from push where id = ?").param(pushId).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		jdbc.sql("delete from delivery").update();
		assertThat(jdbc.sql("delete from push where id = ?").param(pushId).update()).isOne();
	}

	@Test
	void deletingAnItemDeletesItsDeliveries() {
		long item = itemId();
		jdbc.sql("delete from item where id = ?").param(item).update();

		assertThat(deliveriesOf(item)).isZero();
	}

	@Test
	void deletingAnIssueDeletesTheDeliveriesOfItsItemsThroughItsSections() {
		long item = itemId();
		jdbc.sql("delete from issue").update();

		assertThat(deliveriesOf(item)).isZero();
	}

	long itemId() {
		return jdbc.sql("select id from item").query(Long.class).single();
	}

	int deliveriesOf(long item) {
		return jdbc.sql("select count(*) from delivery where item_id = ?").param(item).query(Integer.class).single();
	}

	void insert(long chatId, long itemId, Long pushId) {
		jdbc.sql("""
				insert into delivery (chat_id, thread_id, item_id, push_id, message_no, state, attempts, next_attempt_at,
				created_at) values (?, 0, ?, ?, 0, 'PENDING', 0, ?, ?)""")
			.params(chatId, itemId, pushId, Outbox.utc(clock.instant()), Outbox.utc(clock.instant()))
			.update();
	}

}
