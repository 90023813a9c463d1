package digestbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.SentMessage;

/**
 * A push killed with SIGKILL midway and resumed: starts the bot in a child JVM on a file
 * database, kills it once a third of the messages went out, starts it again and counts what the
 * fake Bot API received twice. Not a test: {@code ./mvnw -q -Pbench test-compile exec:exec
 * -Dbench=CrashBenchmark [-Dbench.args="3000 100 none"]} (subscribers, rate, options of the H2 URL:
 * by default the application's {@code ;WRITE_DELAY=0}; {@code none} shows what H2's default
 * write delay costs).
 */
public final class CrashBenchmark {

	private CrashBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String subscribers = (args.length > 0) ? args[0] : "3000";
		String rate = (args.length > 1) ? args[1] : "100";
		String url = BenchSetup.fileDatabase((args.length > 2) ? args[2] : BenchSetup.FILE_OPTIONS);
		try (FakeBotApi telegram = FakeBotApi.start()) {
			Process first = node(telegram, url, "seed", subscribers, rate);
			AtomicReference<String> planned = new AtomicReference<>();
			Thread reader = read(first, planned);
			while (planned.get() == null && first.isAlive()) {
				Thread.sleep(50);
			}
			int expected = (int) (Integer.parseInt(subscribers) * 1.77);
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			while (telegram.sentMessages().size() < expected / 3 && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no graceful stop
			reader.join(1000);
			int atKill = telegram.sentMessages().size();
			System.out.printf("%s; killed with SIGKILL after %,d messages had arrived%n", planned.get(), atKill);

			Process second = node(telegram, url, "resume", subscribers, rate);
			AtomicReference<String> done = new AtomicReference<>();
			read(second, done).join(TimeUnit.MINUTES.toMillis(6));
			second.destroyForcibly().waitFor();

			List<SentMessage> sent = telegram.sentMessages();
			Map<String, Integer> copies = new HashMap<>();
			sent.forEach(message -> copies.merge(message.chatId() + "\n" + message.text(), 1, Integer::sum));
			long repeated = copies.values().stream().filter(count -> count > 1).mapToLong(count -> count - 1).sum();
			System.out.printf("restarted: %s%n", done.get());
			System.out.printf("the fake received %,d messages, %,d distinct; %d repeated (bound: the messages on "
					+ "their way at the kill, at most the 8 sender threads)%n", sent.size(), copies.size(), repeated);
		}
	}

	private static Process node(FakeBotApi telegram, String url, String mode, String subscribers, String rate)
			throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
				PushNode.class.getName(), telegram.token(), String.valueOf(telegram.port()), url, mode, subscribers,
				rate)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

	/** Reads the node's output; keeps its PLANNED or DONE line. */
	private static Thread read(Process process, AtomicReference<String> line) {
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String next = out.readLine(); next != null; next = out.readLine()) {
					if (next.startsWith("PLANNED") || next.startsWith("DONE")) {
						line.set(next);
					}
				}
			}
			catch (IOException ex) {
				// the process was killed
			}
		});
		reader.setDaemon(true);
		reader.start();
		return reader;
	}

}
