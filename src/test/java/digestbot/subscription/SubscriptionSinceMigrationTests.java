package digestbot.subscription;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import digestbot.storage.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The migration that gives each followed topic its start keeps what existing subscribers would
 * have got: their topics start where their pushes started. On H2 and on PostgreSQL.
 */
abstract class SubscriptionSinceMigrationTests {

	static class OnH2Tests extends SubscriptionSinceMigrationTests {

		@Override
		TestDatabase database() {
			return TestDatabase.h2InMemory();
		}

	}

	static class OnPostgresTests extends SubscriptionSinceMigrationTests {

		@Override
		TestDatabase database() {
			return TestDatabase.postgres();
		}

	}

	private static final LocalDate FIRST_ISSUE = LocalDate.of(2025, 1, 27);

	abstract TestDatabase database();

	@Test
	void existingTopicsStartAtTheIssueTheirSubscribersPushesStartedFrom() {
		TestDatabase database = database();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
				database.password());
		migrate(dataSource, "6");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		subscriber(jdbc, 1, FIRST_ISSUE, "AI", "Robots");
		subscriber(jdbc, 2, null, "AI");

		migrate(dataSource, "7");

		assertThat(jdbc.sql("select chat_id, topic, since_issue_date from subscription order by chat_id, topic")
			.query((rs, n) -> tuple(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list()).containsExactly(tuple(1L, "AI", FIRST_ISSUE), tuple(1L, "Robots", FIRST_ISSUE),
					tuple(2L, "AI", null));
	}

	private static void migrate(DriverManagerDataSource dataSource, String version) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
	}

	private static void subscriber(JdbcClient jdbc, long chatId, LocalDate fromIssue, String... topics) {
		jdbc.sql("""
				insert into subscriber (chat_id, user_id, language, push_time, time_zone, format, paused, active,
				from_issue_date, created_at) values (?, ?, 'nl', '07:30', 'Europe/Brussels', 'DIGEST', false, true, ?, ?)""")
			.params(chatId, chatId, fromIssue, OffsetDateTime.now())
			.update();
		for (String topic : List.of(topics)) {
			jdbc.sql("insert into subscription (chat_id, topic) values (?, ?)").params(chatId, topic).update();
		}
	}

}
