package digestbot.digest;

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
 * The migration that gives items their anchors anchors the items stored before it by their
 * numbers, so links made from the numbers keep working. On H2 and on PostgreSQL.
 */
abstract class ItemAnchorMigrationTests {

	static class OnH2Tests extends ItemAnchorMigrationTests {

		@Override
		TestDatabase database() {
			return TestDatabase.h2InMemory();
		}

	}

	static class OnPostgresTests extends ItemAnchorMigrationTests {

		@Override
		TestDatabase database() {
			return TestDatabase.postgres();
		}

	}

	abstract TestDatabase database();

	@Test
	void itemsStoredBeforeAreAnchoredByTheirNumbers() {
		TestDatabase database = database();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
				database.password());
		migrate(dataSource, "9");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		long issueId = issue(jdbc, LocalDate.of(2025, 1, 27));
		item(jdbc, issueId, 1);
		item(jdbc, issueId, 2);
		issue(jdbc, LocalDate.of(2025, 2, 3));

		migrate(dataSource, "10");

		assertThat(jdbc.sql("select number, anchor from item order by number")
			.query((rs, n) -> tuple(rs.getInt(1), rs.getInt(2)))
			.list()).containsExactly(tuple(1, 1), tuple(2, 2));
		assertThat(jdbc.sql("select last_anchor from issue order by issue_date").query(Integer.class).list())
			.containsExactly(2, 0);
	}

	private static void migrate(DriverManagerDataSource dataSource, String version) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();
	}

	private static long issue(JdbcClient jdbc, LocalDate date) {
		jdbc.sql("insert into issue (issue_date, content_hash, imported_at) values (?, 'h', ?)")
			.params(date, OffsetDateTime.now())
			.update();
		return jdbc.sql("select id from issue where issue_date = ?").param(date).query(Long.class).single();
	}

	private static void item(JdbcClient jdbc, long issueId, int number) {
		jdbc.sql("insert into section (issue_id, position, title) values (?, ?, null)").params(issueId, number).update();
		long sectionId = jdbc.sql("select max(id) from section").query(Long.class).single();
		jdbc.sql("insert into item (issue_id, section_id, number, line, text) values (?, ?, ?, 1, 'Tekst')")
			.params(issueId, sectionId, number)
			.update();
	}

}
