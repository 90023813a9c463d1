package digestbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import digestbot.fakebotapi.FakeBotApi;

/**
 * Digestbot and the grammY peer bot (bench/peer) side by side, one after the other, each as a
 * process of its own against a fresh fake Bot API in another process ({@link FakeBotApiServer},
 * which also sends the load): users send {@code /latest} at a fixed rate, first for a warm-up,
 * then for the measured window. Prints for each bot the updates answered, the reply latency as
 * the fake sees it, the CPU time of the bot's process per update, its RSS, and the time from
 * starting the process to its first getUpdates; then the hottest methods of Digestbot in the
 * measured window, from a Flight Recorder file under target/side-by-side. Not a test: it prints
 * figures.
 *
 * <p>Needs {@code ./mvnw -q -DskipTests package} (for target/digestbot.jar) and {@code npm ci} in
 * bench/peer. {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=SideBySideBenchmark
 * -Dbench.args="1000 20 2000 20"}: rate per second, seconds measured, users, seconds of warm-up; a fifth
 * argument {@code digestbot} measures Digestbot alone. {@code -Dbench.botjvm=-Xmx192m} gives Digestbot's
 * JVM options (several separated by commas), such as the heap of a 256 MB container; with
 * {@code -XX:NativeMemoryTracking=summary} among them the JVM's own account of its memory at the end
 * of the measured window is written to target/native-memory-PID.txt. {@code -Dbench.jvm="-Xmx3g
 * -Dbench.jfr=false"} runs Digestbot without its Flight Recorder.
 */
public final class SideBySideBenchmark {

	private static final Path JAR = Path.of("target/digestbot.jar");

	private static final Path PEER = Path.of("bench/peer");

	private static final Path OUT = Path.of("target/side-by-side");

	private static final Path RECORDING = OUT.resolve("digestbot.jfr");

	/** Digestbot answers at most this many commands a minute from one chat. */
	private static final int FLOOD_LIMIT = 20;

	private SideBySideBenchmark() {
	}

	record Load(int rate, int seconds, int users, int warmup) {

		List<String> arguments() {
			return List.of(String.valueOf(this.rate), String.valueOf(this.seconds), String.valueOf(this.users),
					String.valueOf(this.warmup));
		}

	}

	public static void main(String[] args) throws Exception {
		Load load = new Load(argument(args, 0, 1000), argument(args, 1, 20), argument(args, 2, 2000),
				argument(args, 3, 20));
		boolean digestbotOnly = args.length > 4 && args[4].equals("digestbot");
		if (!Files.exists(JAR) || !digestbotOnly && !Files.isDirectory(PEER.resolve("node_modules"))) {
			System.err.println("Needs target/digestbot.jar (./mvnw -q -DskipTests package) and the peer's"
					+ " packages (npm ci in bench/peer)");
			System.exit(1);
		}
		Files.createDirectories(OUT);
		Files.deleteIfExists(RECORDING);
		System.out.printf("Side by side: /latest at %d/s for %d s from %d users, after %d s of warm-up;"
				+ " Digestbot's JVM options: %s%n", load.rate(), load.seconds(), load.users(), load.warmup(),
				botJvmOptions());
		int perChat = load.rate() * Math.min(60, Math.max(load.seconds(), load.warmup())) / load.users();
		if (perChat > FLOOD_LIMIT) {
			System.out.printf("note: a chat sends up to %d commands in a minute; Digestbot answers %d%n", perChat,
					FLOOD_LIMIT);
		}
		BotRun digestbot = BotRun.measure("Digestbot", load, SideBySideBenchmark::digestbot);
		digestbot.print();
		if (!digestbotOnly) {
			BotRun.measure("grammY", load, SideBySideBenchmark::grammy).print();
		}
		if (Files.exists(RECORDING)) {
			JfrSummary.read(RECORDING, digestbot.measuredFrom(), digestbot.measuredTo()).print(10);
		}
		else if (recording()) {
			System.out.println("no Flight Recorder file: Digestbot did not stop cleanly");
		}
		System.exit(0);
	}

	private static ProcessBuilder digestbot(String apiUrl) {
		Path data = OUT.resolve("data-" + System.nanoTime()).toAbsolutePath();
		List<String> command = new ArrayList<>(List.of(java()));
		// -Dbench.jfr=false in bench.jvm leaves the recording out, which takes memory of its own.
		if (recording()) {
			command.add("-XX:StartFlightRecording=settings=default,dumponexit=true,filename=" + RECORDING.toAbsolutePath());
		}
		command.addAll(botJvmOptions());
		command.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "--server.address=127.0.0.1",
				"--server.port=0", "--digestbot.push.enabled=false",
				// The fake has no flood control here: lift the send budget to measure the bot's own ceiling.
				"--digestbot.push.rate=100000"));
		ProcessBuilder builder = new ProcessBuilder(command);
		environment(builder, apiUrl).put("DIGESTBOT_DATA_DIR", data.toString());
		return builder.redirectErrorStream(true).redirectOutput(OUT.resolve("digestbot.log").toFile());
	}

	private static boolean recording() {
		return Boolean.parseBoolean(System.getProperty("bench.jfr", "true"));
	}

	private static List<String> botJvmOptions() {
		return Arrays.stream(System.getProperty("bench.botjvm", "").split(","))
			.map(String::strip)
			.filter(option -> !option.isEmpty())
			.toList();
	}

	private static ProcessBuilder grammy(String apiUrl) {
		ProcessBuilder builder = new ProcessBuilder("node", "bot.js").directory(PEER.toFile());
		Map<String, String> environment = environment(builder, apiUrl);
		environment.put("DIGESTBOT_ADMINS", "1");
		environment.put("PEER_THROTTLE", "0");
		return builder.redirectErrorStream(true).redirectOutput(OUT.resolve("grammy.log").toFile());
	}

	/** The bot's settings, and none inherited from the shell that could point it elsewhere. */
	private static Map<String, String> environment(ProcessBuilder builder, String apiUrl) {
		Map<String, String> environment = builder.environment();
		environment.keySet()
			.removeIf(name -> name.startsWith("TELEGRAM_") || name.startsWith("DIGESTBOT_")
					|| name.startsWith("SPRING_") || name.startsWith("PEER_") || name.equals("PORT"));
		environment.put("TELEGRAM_BOT_TOKEN", FakeBotApi.DEFAULT_TOKEN);
		environment.put("TELEGRAM_API_URL", apiUrl);
		environment.put("DIGESTBOT_CONTENT_DIR", Path.of("content").toAbsolutePath().toString());
		return environment;
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int argument(String[] args, int index, int otherwise) {
		return args.length > index ? Integer.parseInt(args[index]) : otherwise;
	}

}
