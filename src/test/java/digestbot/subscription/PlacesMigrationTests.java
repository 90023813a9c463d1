package digestbot.subscription;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import digestbot.storage.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The migration that makes subscribers places (a chat and a thread) keeps every chat, its topics,
 * its deliveries and the planner's state, as the whole chat; and lets two threads of one chat
 * each get an item once. On H2 and on PostgreSQL.
 */
abstract class PlacesMigrationTests {

	static class OnH2Tests extends PlacesMigrationTests {

		@Override
		TestDatabase database() {
			return TestDatabase.h2InMemory();
		}

	}

	static class OnPostgresTests extends PlacesMigrationTests {

		@Override
		TestDatabase database() {
			return TestDatabase.postgres();
		}

	}

	private static final LocalDate ISSUE = LocalDate.of(2025, 1, 27);

	abstract TestDatabase database();

	@Test
	void everyChatBecomesAPlaceWithItsTopicsDeliveriesAndPlannerState() {
		JdbcClient jdbc = migratedTo("9");
		subscriber(jdbc, 5, "AI");
		subscriber(jdbc, -100_500, "AI", "Robots");
		long item = item(jdbc);
		delivery(jdbc, 5, item, "SENT");
		delivery(jdbc, -100_500, item, "PENDING");
		jdbc.sql("insert into planner_state (chat_id, last_planned_on, last_push_id) values (5, ?, null)").param(ISSUE)
			.update();

		migrate("11");

		assertThat(jdbc.sql("select chat_id, thread_id, kind, push_time from subscriber order by chat_id")
			.query((rs, n) -> tuple(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list()).containsExactly(tuple(-100_500L, 0L, "GROUP", "07:30"), tuple(5L, 0L, "PRIVATE", "07:30"));
		assertThat(jdbc.sql("select chat_id, thread_id, topic, since_issue_date from subscription order by chat_id, topic")
			.query((rs, n) -> tuple(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
			.list()).containsExactly(tuple(-100_500L, 0L, "AI", ISSUE), tuple(-100_500L, 0L, "Robots", ISSUE),
					tuple(5L, 0L, "AI", ISSUE));
		assertThat(jdbc.sql("select chat_id, thread_id, state from delivery order by id")
			.query((rs, n) -> tuple(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list()).containsExactly(tuple(5L, 0L, "SENT"), tuple(-100_500L, 0L, "PENDING"));
		assertThat(jdbc.sql("select chat_id, thread_id, last_planned_on from planner_state")
			.query((rs, n) -> tuple(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
			.list()).containsExactly(tuple(5L, 0L, ISSUE));
	}

	@Test
	void twoThreadsOfAChatEachGetAnItemOnceAndNewDeliveriesGetNewIds() {
		JdbcClient jdbc = migratedTo("9");
		long item = item(jdbc);
		delivery(jdbc, 5, item, "SENT");
		migrate("11");

		threadDelivery(jdbc, -100_600, 3, item);
		threadDelivery(jdbc, -100_600, 4, item);

		assertThat(jdbc.sql("select count(distinct id) from delivery").query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from delivery where chat_id = -100600").query(Long.class).single())
			.isEqualTo(2);
		assertThatThrownBy(() -> threadDelivery(jdbc, -100_600, 4, item)).isInstanceOf(DuplicateKeyException.class);
	}

	private DriverManagerDataSource dataSource;

	private JdbcClient migratedTo(String version) {
		TestDatabase database = database();
		dataSource = new DriverManagerDataSource(database.url(), database.username(), database.password());
		migrate(version);
		return JdbcClient.create(dataSource);
	}

	private void migrate(String version) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
	}

	private static void subscriber(JdbcClient jdbc, long chatId, String... topics) {
		jdbc.sql("""
				insert into subscriber (chat_id, user_id, language, push_time, time_zone, format, paused, active,
				from_issue_date, created_at) values (?, ?, 'nl', '07:30', 'Europe/Brussels', 'DIGEST', false, true, ?, ?)""")
			.params(chatId, Math.abs(chatId), ISSUE, OffsetDateTime.now())
			.update();
		for (String topic : topics) {
			jdbc.sql("insert into subscription (chat_id, topic, since_issue_date) values (?, ?, ?)")
				.params(chatId, topic, ISSUE)
				.update();
		}
	}

	private static long item(JdbcClient jdbc) {
		jdbc.sql("insert into issue (id, issue_date, content_hash, imported_at) values (1, ?, 'h', ?)")
			.params(ISSUE, OffsetDateTime.now())
			.update();
		jdbc.sql("insert into section (id, issue_id, position) values (1, 1, 1)").update();
		jdbc.sql("insert into item (id, issue_id, section_id, number, line, text) values (1, 1, 1, 1, 1, 'Nieuws')")
			.update();
		return 1;
	}

	private static void delivery(JdbcClient jdbc, long chatId, long itemId, String state) {
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into delivery (chat_id, item_id, message_no, state, attempts, next_attempt_at, created_at)
				values (?, ?, 1, ?, 0, ?, ?)""").params(chatId, itemId, state, now, now).update();
	}

	private static void threadDelivery(JdbcClient jdbc, long chatId, long threadId, long itemId) {
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into delivery (chat_id, thread_id, item_id, message_no, state, attempts, next_attempt_at,
				created_at) values (?, ?, ?, 0, 'PENDING', 0, ?, ?)""").params(chatId, threadId, itemId, now, now)
			.update();
	}

}
