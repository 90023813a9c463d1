package digestbot.bench;

import java.lang.management.ManagementFactory;

import digestbot.delivery.PushBench;
import digestbot.digest.PublishedIssue;
import digestbot.storage.TestDatabase;

import org.springframework.context.ConfigurableApplicationContext;
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

			start = System.nanoTime();
			long cpu = processCpuNanos();
			int planned = PushBench.planDue(context);
			long planning = System.nanoTime() - start;
			cpu = processCpuNanos() - cpu;
			int chats = context.getBean(JdbcTemplate.class)
				.queryForObject("select count(distinct chat_id) from delivery", Integer.class);
			System.out.printf("planned %,d deliveries for %,d chats in %.2f s (the process's CPU: %.2f s; load %s)%n",
					planned, chats, BenchSetup.seconds(planning), BenchSetup.seconds(cpu), loadAverage());

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

	static String loadAverage() {
		return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
