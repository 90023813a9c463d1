package digestbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One bot measured by {@link SideBySideBenchmark}: a fresh {@link FakeBotApiServer} process, the
 * bot's process pointed at it, and what the bot's process cost in the measured window, read from
 * /proc. Both processes are stopped at the end, and killed if the whole run overstays its bound.
 */
final class BotRun {

	private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

	private static final long CLOCK_TICKS = clockTicks();

	private final String name;

	private final Map<String, String> result = new HashMap<>();

	private long startupMillis = -1;

	private long startupCpuTicks = -1;

	private long cpuTicks;

	private Instant measuredFrom;

	private Instant measuredTo;

	private String rss = "n/a";

	private String peakRss = "n/a";

	private String threads = "n/a";

	private boolean nativeMemoryTracked;

	private BotRun(String name) {
		this.name = name;
	}

	/** @param bot the bot's process, given the fake's base URL */
	static BotRun measure(String name, SideBySideBenchmark.Load load, Function<String, ProcessBuilder> bot)
			throws IOException, InterruptedException {
		BotRun run = new BotRun(name);
		List<String> command = new ArrayList<>(List.of(SideBySideBenchmark.java(), "-Xmx1g", "-cp",
				System.getProperty("java.class.path"), FakeBotApiServer.class.getName()));
		command.addAll(load.arguments());
		Process fake = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		Process process = null;
		// Start, warm-up, measure and two drains of at most a minute each, and room to spare.
		Duration bound = Duration.ofSeconds(load.warmup() + load.seconds() + 360);
		try (BufferedReader events = new BufferedReader(
				new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8))) {
			String port = events.readLine();
			if (port == null || !port.startsWith("port ")) {
				throw new IllegalStateException("The fake Bot API did not start: " + port);
			}
			Instant started = Instant.now();
			ProcessBuilder builder = bot.apply("http://127.0.0.1:" + port.substring(5));
			run.nativeMemoryTracked = builder.command().stream().anyMatch(arg -> arg.startsWith("-XX:NativeMemoryTracking="));
			Process running = builder.start();
			process = running;
			CompletableFuture.delayedExecutor(bound.toSeconds(), TimeUnit.SECONDS).execute(() -> {
				fake.destroyForcibly();
				running.destroyForcibly();
			});
			System.out.printf("%s: process %d started%n", name, process.pid());
			for (String line = events.readLine(); line != null; line = events.readLine()) {
				run.on(line, started, process.pid());
			}
		}
		finally {
			stop(fake);
			if (process != null) {
				stop(process);
			}
		}
		return run;
	}

	private void on(String event, Instant started, long pid) throws IOException {
		if (event.startsWith("first-getUpdates ")) {
			long micros = Long.parseLong(event.substring("first-getUpdates ".length()));
			this.startupMillis = (micros - (started.getEpochSecond() * 1_000_000 + started.getNano() / 1_000)) / 1000;
			this.startupCpuTicks = cpuTicks(pid);
		}
		else if (event.equals("measure-start")) {
			this.measuredFrom = Instant.now();
			this.cpuTicks = -cpuTicks(pid);
		}
		else if (event.equals("measure-end")) {
			this.cpuTicks += cpuTicks(pid);
			this.measuredTo = Instant.now();
			this.rss = status(pid, "VmRSS");
			this.peakRss = status(pid, "VmHWM");
			this.threads = status(pid, "Threads");
			if (this.nativeMemoryTracked) {
				nativeMemory(pid);
			}
		}
		else if (event.startsWith("result ")) {
			for (String pair : event.substring("result ".length()).split(" ")) {
				this.result.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
			}
		}
		else {
			System.out.printf("%s: %s%n", this.name, event);
		}
	}

	void print() {
		long answered = Long.parseLong(this.result.getOrDefault("answered", "0"));
		double cpuMillis = this.cpuTicks * 1000.0 / CLOCK_TICKS;
		System.out.printf("%s: %s of %s updates answered in %s s; reply latency p50 %s ms, p90 %s ms, p99 %s ms, "
				+ "max %s ms%n", this.name, answered, this.result.get("sent"), this.result.get("elapsed"),
				this.result.get("p50"), this.result.get("p90"), this.result.get("p99"), this.result.get("max"));
		System.out.printf("%s: CPU %.0f ms in the measured window, %.3f ms per update; RSS %s, peak %s, %s threads;"
				+ " first getUpdates %d ms after the process started, %d ms of CPU by then%n", this.name, cpuMillis,
				answered > 0 ? cpuMillis / answered : Double.NaN, this.rss, this.peakRss, this.threads, this.startupMillis,
				this.startupCpuTicks * 1000 / CLOCK_TICKS);
	}

	Instant measuredFrom() {
		return this.measuredFrom;
	}

	Instant measuredTo() {
		return this.measuredTo;
	}

	/** The JVM's own account of its memory at the end of the measured window, as jcmd prints it. */
	private void nativeMemory(long pid) throws IOException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Path out = Path.of("target", "native-memory-" + pid + ".txt");
		try {
			Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "VM.native_memory", "summary")
				.redirectErrorStream(true)
				.redirectOutput(out.toFile())
				.start();
			if (process.waitFor(30, TimeUnit.SECONDS)) {
				System.out.printf("%s: native memory summary in %s%n", this.name, out);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
	}

	/** utime + stime of the process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
	private static long cpuTicks(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
		// The command name in field 2 may hold spaces; the fields after it start at its closing ')'.
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	private static String status(long pid, String key) throws IOException {
		return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))
			.stream()
			.filter(line -> line.startsWith(key + ":"))
			.map(line -> line.substring(key.length() + 1).strip())
			.findFirst()
			.orElse("n/a");
	}

	private static long clockTicks() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
			String ticks = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			getconf.waitFor();
			return Long.parseLong(ticks);
		}
		catch (IOException | InterruptedException | NumberFormatException ex) {
			return 100;
		}
	}

}
