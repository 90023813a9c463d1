package digestbot.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import digestbot.storage.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The migration that moves the planner's state of each chat out of {@code subscriber} keeps it:
 * nobody planned today is planned again, nobody waiting is skipped. On H2 and on PostgreSQL.
 */
abstract class PlannerStateMigrationTests {

	static class OnH2Tests extends PlannerStateMigrationTests {

		@Override
		TestDatabase database() {
			return TestDatabase.h2InMemory();
		}

	}

	static class OnPostgresTests extends PlannerStateMigrationTests {

		@Override
		TestDatabase database() {
			return TestDatabase.postgres();
		}

	}

	private static final LocalDate TODAY = LocalDate.of(2025, 2, 3);

	abstract TestDatabase database();

	@Test
	void thePlannersStateOfEachChatMovesToItsOwnTable() {
		TestDatabase database = database();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
				database.password());
		migrate(dataSource, "8");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		subscriber(jdbc, 1, TODAY, 7L);
		subscriber(jdbc, 2, null, 7L);
		subscriber(jdbc, 3, null, null);

		migrate(dataSource, "9");

		assertThat(jdbc.sql("select chat_id, last_planned_on, last_push_id from planner_state order by chat_id")
			.query((rs, n) -> tuple(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, Long.class)))
			.list()).containsExactly(tuple(1L, TODAY, 7L), tuple(2L, null, 7L));
		assertThat(jdbc.sql("select count(*) from subscriber").query(Long.class).single()).isEqualTo(3);
	}

	private static void migrate(DriverManagerDataSource dataSource, String version) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
	}

	private static void subscriber(JdbcClient jdbc, long chatId, LocalDate lastPlannedOn, Long lastPushId) {
		jdbc.sql("""
				insert into subscriber (chat_id, user_id, language, push_time, time_zone, format, paused, active,
				created_at, last_planned_on, last_push_id)
				values (?, ?, 'nl', '07:30', 'Europe/Brussels', 'DIGEST', false, true, ?, ?, ?)""")
			.params(chatId, chatId, OffsetDateTime.now(), lastPlannedOn, lastPushId)
			.update();
	}

}
