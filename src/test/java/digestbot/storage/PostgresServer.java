package digestbot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server of the tests, shipped as a Maven artifact: started on first use, once
 * per test JVM, listening on 127.0.0.1 only, and stopped by a shutdown hook. Each caller gets a
 * database of its own, so tests never see each other's rows.
 */
final class PostgresServer {

	private static final String USER = "postgres";

	private static PostgresServer running;

	private final EmbeddedPostgres postgres;

	private PostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static synchronized PostgresServer get() {
		if (running == null) {
			running = start();
		}
		return running;
	}

	TestDatabase newDatabase() {
		String name = "digestbot_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + name, ex);
		}
		return new TestDatabase(url(name), USER, "");
	}

	private String url(String database) {
		// A query may wait a minute at most: a test that hangs on the database fails instead.
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database + "?socketTimeout=60";
	}

	private static PostgresServer start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("unix_socket_directories", "")
				// Code-point order and Unicode case mapping whatever the machine's locales, as in H2.
				.setLocaleConfig("locale-provider", "builtin")
				.setLocaleConfig("builtin-locale", "C.UTF-8")
				.setPGStartupWait(Duration.ofSeconds(60))
				.setRegisterShutdownHook(false)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "postgres-stop"));
			return new PostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start PostgreSQL for the tests", ex);
		}
	}

	private static void stop(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
