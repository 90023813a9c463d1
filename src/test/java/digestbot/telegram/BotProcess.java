package digestbot.telegram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import digestbot.DigestbotApplication;
import digestbot.fakebotapi.FakeBotApi;

/**
 * The whole bot in a JVM of its own, against the fake Bot API, so that a test can kill it
 * with SIGKILL: no shutdown hook, no graceful stop, as in a crash.
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
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				DigestbotApplication.class.getName(), "--digestbot.telegram.bot-token=" + telegram.token(),
				"--digestbot.telegram.api-url=" + telegram.baseUrl(), "--digestbot.telegram.poll-timeout=1s",
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("bot").toAbsolutePath()
						+ ";WRITE_DELAY=0",
				"--server.port=0"));
		command.addAll(List.of(extraArguments));
		return new BotProcess(new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start());
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
