package digestbot.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * A database of a test's own, as the application's data source settings.
 *
 * @param url the JDBC URL
 * @param username the user to connect as
 * @param password the user's password
 */
public record TestDatabase(String url, String username, String password) {

	/** A new in-memory H2 database, kept until the test JVM ends. */
	public static TestDatabase h2InMemory() {
		return new TestDatabase("jdbc:h2:mem:digestbot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	/** An H2 database in that file (without its extension); it outlives the applications that use it. */
	public static TestDatabase h2File(Path file) {
		return new TestDatabase("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
	}

	/** A new, empty database in the tests' PostgreSQL server, which starts on first use. */
	public static TestDatabase postgres() {
		return PostgresServer.get().newDatabase();
	}

	/** The Spring properties that point the application's data source here. */
	public Map<String, Object> properties() {
		// The server stops in a shutdown hook of its own, maybe before an application that still
		// writes while it closes: that write gives up after 10 s, not Hikari's 30, which is as long
		// as Surefire waits for its JVM to end.
		return Map.of("spring.datasource.url", url, "spring.datasource.username", username,
				"spring.datasource.password", password, "spring.datasource.hikari.connection-timeout", "10000");
	}

	/** The same properties as command-line arguments of the application. */
	public String[] arguments() {
		return properties().entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
	}

}
