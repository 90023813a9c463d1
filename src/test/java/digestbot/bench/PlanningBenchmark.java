package digestbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import digestbot.delivery.PushBench;
import digestbot.digest.PublishedIssue;
import digestbot.storage.TestDatabase;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * (a) Plans a push for 100,000 subscribers on H2 and prints how long it took. Not a test:
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=PlanningBenchmark [-Dbench.args="100000 file"]}
 * (subscribers, {@code mem} or {@code file}, the file database's URL options, by default the
 * application's, {@code none} for H2's defaults; {@code postgres} for a new database in the
 * tests' PostgreSQL server, which the benchmark starts; or a JDBC URL of an empty database
 * followed by properties such as {@code spring.datasource.username=postgres}).
 */
public final class PlanningBenchmark {

	private PlanningBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int subscribers = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		String database = (args.length > 1) ? args[1] : "mem";
		boolean file = database.equals("file");
		String url = file ? BenchSetup.fileDatabase((args.length > 2) ? args[2] : BenchSetup.FILE_OPTIONS)
				: database.startsWith("jdbc:") ? database : BenchSetup.memoryDatabase();
		String[] properties = database.startsWith("jdbc:") ? java.util.Arrays.copyOfRange(args, 2, args.length)
				: new String[0];
		if (database.equals("postgres")) {
			TestDatabase postgres = TestDatabase.postgres();
			url = postgres.url();
			properties = new String[] { "spring.datasource.username=" + postgres.username(),
					"spring.datasource.password=" + postgres.password() };
		}
		try (ConfigurableApplicationContext context = BenchSetup.start(url, null, properties)) {
			long start = System.nanoTime();
			PublishedIssue issue = BenchSetup.seedIssue(context);
			BenchSetup.seedSubscribers(context, subscribers, issue);
			System.out.printf("seeded %,d subscribers (%s) in %.1f s%n", subscribers, url.replaceAll(";.*", ""),
					BenchSetup.seconds(System.nanoTime() - start));

			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long server = postgresServer(jdbc);
			start = System.nanoTime();
			long cpu = processCpuNanos();
			long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			long serverCpu = serverCpuNanos(server);
			long written = bytesWritten();
			int planned = PushBench.planDue(context);
			written = bytesWritten() - written;
			long planning = System.nanoTime() - start;
			cpu = processCpuNanos() - cpu;
			threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpu;
			serverCpu = serverCpuNanos(server) - serverCpu;
			int chats = jdbc.queryForObject("select count(distinct chat_id) from delivery", Integer.class);
			System.out.printf("planned %,d deliveries for %,d chats in %.2f s (the process's CPU: %.2f s, the planning thread's: %.2f s%s; load %s)%n",
					planned, chats, BenchSetup.seconds(planning), BenchSetup.seconds(cpu), BenchSetup.seconds(threadCpu),
					(server > 0) ? String.format(", the PostgreSQL server's: %.2f s", BenchSetup.seconds(serverCpu)) : "",
					loadAverage());
			System.out.printf("the process wrote %,d MB meanwhile%n", written / 1_000_000);

			start = System.nanoTime();
			int again = PushBench.planDue(context);
			System.out.printf("the next minute's run, nobody left to plan: %d deliveries in %.3f s%n", again,
					BenchSetup.seconds(System.nanoTime() - start));
			System.out.printf("heap used %s, RSS %s%n", BenchSetup.heapUsed(), BenchSetup.procStatus("VmRSS"));
		}
		System.exit(0);
	}

	/** All the threads' CPU time, the compiler's and collector's too: on a busy machine, steadier than the clock. */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** The PostgreSQL server's process id (the parent of a connection's), or 0 on another database. */
	private static long postgresServer(JdbcTemplate jdbc) throws IOException {
		String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
		if ("PostgreSQL".equals(product)) {
			long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
			return Long.parseLong(stat(backend)[3]);
		}
		return 0;
	}

	/**
	 * The CPU of the server and of its processes (each connection is one), in nanoseconds, from
	 * {@code /proc}: 0 without a server.
	 */
	private static long serverCpuNanos(long server) throws IOException {
		if (server == 0) {
			return 0;
		}
		long ticks = 0;
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					String[] stat = stat(Long.parseLong(process.getFileName().toString()));
					long pid = Long.parseLong(stat[0]);
					if (pid == server || Long.parseLong(stat[3]) == server) {
						// utime, stime, and those of children waited for (connections that ended)
						ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]) + Long.parseLong(stat[15])
								+ Long.parseLong(stat[16]);
					}
				}
				catch (IOException ex) { // the process ended meanwhile
				}
			}
		}
		return ticks * 10_000_000L; // 100 ticks a second
	}

	/** The fields of /proc/pid/stat, the command's name (in brackets, maybe with spaces) as one. */
	private static String[] stat(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		int end = stat.lastIndexOf(')');
		String[] rest = stat.substring(end + 2).split(" ");
		String[] fields = new String[rest.length + 2];
		fields[0] = stat.substring(0, stat.indexOf(' '));
		fields[1] = stat.substring(stat.indexOf('(') + 1, end);
		System.arraycopy(rest, 0, fields, 2, rest.length);
		return fields;
	}

	/** What the process wrote (its files, H2's above all), from /proc: on a busy machine, steadier than any time. */
	private static long bytesWritten() throws IOException {
		return Files.readAllLines(Path.of("/proc/self/io"))
			.stream()
			.filter(line -> line.startsWith("wchar:"))
			.mapToLong(line -> Long.parseLong(line.substring("wchar:".length()).trim()))
			.sum();
	}

	static String loadAverage() {
		return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
