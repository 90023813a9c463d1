package digestbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import digestbot.fakebotapi.FakeBotApi;

/**
 * How fast a fresh process of the bot is ready, and how it answers in its first minute: starts
 * {@code java ... -jar} on a fresh H2 data folder against a {@link FakeBotApiServer} in a process
 * of its own, measures the time from starting the process to its first getUpdates, then sends
 * {@code /latest} at 500 a second from the first getUpdates on, for 60 s, with no warm-up, and
 * prints the reply latency of that first minute and the process's CPU. Not a test: it prints
 * figures.
 *
 * <p>{@code ./mvnw -q -DskipTests package}, then {@code ./mvnw -q -Pbench test-compile exec:exec
 * -Dbench=StartBenchmark -Dbench.args="cds"}. The first argument is how the jar runs:
 * {@code jar} (the fat jar as built), {@code extracted} (the layout of
 * {@code java -Djarmode=tools -jar digestbot.jar extract}), {@code cds} (extracted, with the class
 * data sharing archive of a training run), {@code aot} (extracted, with the AOT cache of a
 * training run: Java 25, named by the environment variable {@code BENCH_JAVA}); they are prepared
 * under target/start the way the Dockerfile prepares them, if not there yet. A second argument
 * {@code start} only measures the start (one update) on a fresh data folder, {@code restart} the
 * same on the folder the last restart left; any further arguments are JVM
 * options, such as {@code -Dspring.main.lazy-initialization=true}.
 */
public final class StartBenchmark {

	private static final Path JAR = Path.of("target/digestbot.jar");

	private static final Path OUT = Path.of("target/start");

	private static final Path EXTRACTED = OUT.resolve("app");

	/** The Java that runs the bot: BENCH_JAVA if set (say, a Java 25 for {@code aot}), else this one. */
	private static final String JAVA = System.getenv().getOrDefault("BENCH_JAVA", SideBySideBenchmark.java());

	// An archive fits only the Java that made it.
	private static final String ARCHIVE_NAME = "digestbot-" + Integer.toHexString(JAVA.hashCode());

	private StartBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String mode = (args.length > 0) ? args[0] : "cds";
		boolean restart = args.length > 1 && args[1].equals("restart");
		boolean startOnly = restart || args.length > 1 && args[1].equals("start");
		List<String> options = Arrays.asList(args).subList(Math.min(args.length, startOnly ? 2 : 1), args.length);
		if (!Files.exists(JAR)) {
			System.err.println("Needs target/digestbot.jar (./mvnw -q -DskipTests package)");
			System.exit(1);
		}
		Files.createDirectories(OUT);
		List<String> command = new ArrayList<>(List.of(JAVA));
		command.addAll(options);
		switch (mode) {
			case "jar" -> command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
			case "extracted" -> {
				prepare(mode);
				command.addAll(List.of("-jar", EXTRACTED.resolve("digestbot.jar").toAbsolutePath().toString()));
			}
			case "cds", "aot" -> {
				Path archive = prepare(mode);
				command.addAll(List.of((mode.equals("cds") ? "-XX:SharedArchiveFile=" : "-XX:AOTCache=")
						+ archive.toAbsolutePath(), "-jar", EXTRACTED.resolve("digestbot.jar").toAbsolutePath().toString()));
			}
			default -> throw new IllegalArgumentException("jar, extracted, cds or aot, not " + mode);
		}
		// 500 a second for a minute; 3,000 users keep each chat under the flood limit of 20 a minute.
		SideBySideBenchmark.Load load = startOnly ? new SideBySideBenchmark.Load(1, 1, 3000, 0)
				: new SideBySideBenchmark.Load(500, 60, 3000, 0);
		System.out.printf("Start: %s %s; then /latest at %d/s for %d s from the first getUpdates%n", mode,
				String.join(" ", options), load.rate(), load.seconds());
		// A restart finds the data folder an earlier restart left (its first run starts it fresh).
		Path data = restart ? OUT.resolve("data-kept") : OUT.resolve("data-" + System.nanoTime());
		BotRun.measure("Digestbot", load, apiUrl -> bot(command, data, apiUrl)).print();
		System.exit(0);
	}

	private static ProcessBuilder bot(List<String> command, Path data, String apiUrl) {
		List<String> full = new ArrayList<>(command);
		full.addAll(List.of("--server.address=127.0.0.1", "--server.port=0", "--digestbot.push.enabled=false",
				// The fake has no flood control here: lift the send budget to measure the bot's own answers.
				"--digestbot.push.rate=100000"));
		ProcessBuilder builder = new ProcessBuilder(full);
		Map<String, String> environment = environment(builder);
		environment.put("TELEGRAM_BOT_TOKEN", FakeBotApi.DEFAULT_TOKEN);
		environment.put("TELEGRAM_API_URL", apiUrl);
		environment.put("DIGESTBOT_DATA_DIR", data.toAbsolutePath().toString());
		return builder.redirectErrorStream(true).redirectOutput(OUT.resolve("digestbot.log").toFile());
	}

	/**
	 * The extracted layout and, for {@code cds} or {@code aot}, the archive of a training run, as the
	 * Dockerfile makes them; the archive.
	 */
	private static Path prepare(String mode) throws IOException, InterruptedException {
		if (!Files.exists(EXTRACTED.resolve("digestbot.jar"))) {
			run(new ProcessBuilder(JAVA, "-Djarmode=tools", "-jar",
					JAR.toAbsolutePath().toString(), "extract", "--force", "--destination",
					EXTRACTED.toAbsolutePath().toString()));
		}
		Path archive = EXTRACTED.resolve(ARCHIVE_NAME + (mode.equals("aot") ? ".aot" : ".jsa"));
		if (!mode.equals("extracted") && !Files.exists(archive)) {
			long start = System.nanoTime();
			ProcessBuilder training = new ProcessBuilder(JAVA,
					(mode.equals("aot") ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive.toAbsolutePath(),
					"-Dspring.context.exit=onRefresh", "-jar",
					EXTRACTED.resolve("digestbot.jar").toAbsolutePath().toString());
			// The Dockerfile's training run: a throwaway data folder, and a token so that it loads the
			// bot's classes rather than the terminal chat's; it ends before it would reach the API.
			Map<String, String> environment = environment(training);
			environment.put("DIGESTBOT_DATA_DIR", OUT.resolve("training").toAbsolutePath().toString());
			environment.put("TELEGRAM_BOT_TOKEN", "0:training");
			environment.put("TELEGRAM_API_URL", "http://127.0.0.1:9");
			run(training);
			System.out.printf("training run and archive in %.1f s%n", BenchSetup.seconds(System.nanoTime() - start));
		}
		return archive;
	}

	private static Map<String, String> environment(ProcessBuilder builder) {
		Map<String, String> environment = builder.environment();
		environment.keySet()
			.removeIf(name -> name.startsWith("TELEGRAM_") || name.startsWith("DIGESTBOT_")
					|| name.startsWith("SPRING_") || name.equals("PORT") || name.equals("JAVA_TOOL_OPTIONS"));
		environment.put("DIGESTBOT_CONTENT_DIR", Path.of("content").toAbsolutePath().toString());
		return environment;
	}

	private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
		Process process = builder.redirectErrorStream(true).redirectOutput(OUT.resolve("prepare.log").toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("Failed, see target/start/prepare.log: " + builder.command());
		}
	}

}
