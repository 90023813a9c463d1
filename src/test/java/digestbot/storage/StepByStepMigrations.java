package digestbot.storage;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Migrates a test's database version by version, as a database made before H2's baseline script
 * was: Flyway would run that script on an empty database whatever the target, so a test of an
 * old migration's upgrade could never start from the version before it.
 */
public final class StepByStepMigrations {

	private StepByStepMigrations() {
	}

	/** Migrates to {@code target} with the V files of both locations of {@code vendor} (h2 or postgresql). */
	public static void migrate(DataSource database, String vendor, String target) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			// No file begins with this prefix: the baseline is not seen.
			.configuration(Map.of("flyway.baselineMigrationPrefix", "NoBaseline"))
			.target(target)
			.load()
			.migrate();
	}

}
