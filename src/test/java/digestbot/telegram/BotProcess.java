package digestbot.telegram;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import digestbot.DigestbotApplication;
import digestbot.fakebotapi.FakeBotApi;

/**
 * The whole bot in a JVM of its own, against the fake Bot API, so that a test can kill it
 * with SIGKILL (no shutdown hook, no graceful stop, as in a crash), stop it with SIGTERM, or see
 * it end by itself and read its exit code.
 */
final class BotProcess implements AutoCloseable {

	private final Process process;

	private BotProcess(Process process) {
		this.process = process;
	}

	/**
	 * @param extraArguments further settings; give {@code --digestbot.push.enabled} (true or false)
	 * here, each setting once
	 */
	static BotProcess start(FakeBotApi telegram, Path data, Path log, String... extraArguments) throws IOException {
		return start(telegram.token(), telegram, databaseUrl(data), log, extraArguments);
	}

	/** The bot's H2 file in that folder, with the application's options: open until Spring closes it. */
	static String databaseUrl(Path data) {
		return "jdbc:h2:file:" + data.resolve("bot").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
	}

	/** Updates in the inbox of the bot's H2 file that are not written down as answered; the bot must be stopped. */
	static long unansweredUpdates(Path data) throws SQLException {
		try (Connection connection = DriverManager.getConnection(databaseUrl(data), "sa", "");
				ResultSet count = connection.createStatement()
					.executeQuery("select count(*) from inbox where answered_at is null")) {
			count.next();
			return count.getLong(1);
		}
	}

	/** With a token and a database of the test's choosing. */
	static BotProcess start(String token, FakeBotApi telegram, String databaseUrl, Path log, String... extraArguments)
			throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// Only the quick compiler: half the CPU of a start, most of what these short-lived processes do.
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"),
				DigestbotApplication.class.getName(), "--digestbot.telegram.bot-token=" + token,
				"--digestbot.telegram.api-url=" + telegram.baseUrl(), "--digestbot.telegram.poll-timeout=1s",
				"--spring.datasource.url=" + databaseUrl, "--server.port=0", "--server.address=127.0.0.1"));
		command.addAll(List.of(extraArguments));
		return new BotProcess(new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start());
	}

	/** SIGTERM, as a service manager stops a process: the JVM runs its shutdown hooks. */
	void terminate() {
		process.destroy();
	}

	/** The exit code, once the process ended by itself within the timeout; empty if it did not. */
	OptionalInt awaitExit(Duration timeout) throws InterruptedException {
		return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(process.exitValue())
				: OptionalInt.empty();
	}

	/** SIGKILL, and waits until the process is gone. */
	void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

}
