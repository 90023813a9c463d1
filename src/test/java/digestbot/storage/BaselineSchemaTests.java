package digestbot.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2's baseline script (db/vendor/h2/B18__schema.sql), which an empty database runs instead of
 * the sixteen migrations up to V18, builds the same schema as they do, and a database migrated
 * before it goes on with the migrations.
 */
class BaselineSchemaTests {

	private static final List<String> LOCATIONS = List.of("classpath:db/migration", "classpath:db/vendor/h2");

	// H2's names for unnamed constraints and its statistics differ with the order things were made in.
	private static final Pattern GENERATED_NAME = Pattern.compile("\"CONSTRAINT_[0-9A-F]+\"");

	private static final Pattern STATISTICS = Pattern.compile(" SELECTIVITY \\d+| RESTART WITH \\d+");

	@Test
	void anEmptyDatabaseTakesTheBaselineInsteadOfTheMigrations() {
		DataSource database = database();

		migrate(database, LOCATIONS);

		JdbcClient history = JdbcClient.create(database);
		assertThat(history.sql("select \"type\" from \"flyway_schema_history\" where \"version\" = '18'").query(String.class).list())
			.containsExactly("SQL_BASELINE");
		assertThat(history.sql("select count(*) from \"flyway_schema_history\" where \"version\" in ('1', '11', '16')")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theBaselineBuildsWhatTheMigrationsBuild(@TempDir Path migrationsOnly) throws IOException {
		DataSource fromBaseline = database();
		DataSource fromMigrations = database();
		copyVersionedMigrations(migrationsOnly);

		migrate(fromBaseline, LOCATIONS);
		migrate(fromMigrations, List.of("filesystem:" + migrationsOnly.toAbsolutePath()));

		assertThat(schemaAndData(fromBaseline)).isNotEmpty().isEqualTo(schemaAndData(fromMigrations));
	}

	@Test
	void aDatabaseMigratedBeforeTheBaselineGoesOnWithTheMigrations() {
		// Flyway would take the baseline even for a target below it: a database of V14 is made step by step.
		DataSource upgraded = database();
		DataSource fresh = database();
		StepByStepMigrations.migrate(upgraded, "h2", "14");

		migrate(upgraded, LOCATIONS);
		migrate(fresh, LOCATIONS);

		assertThat(JdbcClient.create(upgraded).sql("select \"version\" from \"flyway_schema_history\" where \"type\" = 'SQL'"
				+ " order by \"installed_rank\"")
			.query(String.class)
			.list()).contains("1", "14", "16", "18");
		assertThat(schemaAndData(upgraded)).isEqualTo(schemaAndData(fresh));
	}

	private static DataSource database() {
		TestDatabase database = TestDatabase.h2InMemory();
		return new DriverManagerDataSource(database.url(), database.username(), database.password());
	}

	private static void migrate(DataSource database, List<String> locations) {
		Flyway.configure().dataSource(database).locations(locations.toArray(String[]::new)).load().migrate();
	}

	/** The V files of both H2 locations, without the baseline, into one folder. */
	private static void copyVersionedMigrations(Path folder) throws IOException {
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		for (String location : List.of("classpath:db/migration/V*.sql", "classpath:db/vendor/h2/V*.sql")) {
			for (Resource resource : resources.getResources(location)) {
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, folder.resolve(resource.getFilename()));
				}
			}
		}
	}

	/**
	 * H2's own script of the database (tables, columns, keys, indexes, rows), without Flyway's
	 * history and the user, with generated names and statistics left out, sorted.
	 */
	private static List<String> schemaAndData(DataSource database) {
		return JdbcClient.create(database).sql("script")
			.query(String.class)
			.list()
			.stream()
			.filter(statement -> !statement.startsWith("--") && !statement.startsWith("CREATE USER")
					&& !statement.startsWith("SET ") && !statement.contains("flyway_schema_history"))
			.map(statement -> STATISTICS.matcher(GENERATED_NAME.matcher(statement).replaceAll("\"CONSTRAINT_?\""))
				.replaceAll("")
				.replaceAll("\\s+", " ")
				.strip())
			.filter(statement -> !statement.isEmpty() && !statement.equals(";"))
			.sorted()
			.toList();
	}

}
