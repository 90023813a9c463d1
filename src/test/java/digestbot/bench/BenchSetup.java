package digestbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import digestbot.DigestbotApplication;
import digestbot.delivery.Messenger;
import digestbot.digest.ContentFiles;
import digestbot.digest.Issue;
import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starts the application for a benchmark and fills its database with the seed issue and subscribers. */
final class BenchSetup {

	static final Path SEED = Path.of("content/issues/2025-01-27.txt");

	private static final String[] ZONES = { "Europe/Brussels", "Europe/Brussels", "Europe/Brussels",
			"Europe/Brussels", "Europe/Amsterdam", "Europe/London", "America/New_York", "Asia/Shanghai" };

	private BenchSetup() {
	}

	/** The application on a fresh database, the push's scheduled parts off, quiet logs, any free port. */
	static ConfigurableApplicationContext start(String databaseUrl, Messenger messenger, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + databaseUrl,
				"digestbot.push.enabled=false", "digestbot.console.enabled=false", "logging.level.root=warn",
				"logging.level.digestbot=warn", "spring.main.banner-mode=off", "spring.main.log-startup-info=false",
				"server.port=0"));
		all.addAll(List.of(properties));
		String[] arguments = all.stream().map(property -> "--" + property).toArray(String[]::new);
		SpringApplicationBuilder application = new SpringApplicationBuilder(DigestbotApplication.class);
		if (messenger != null) {
			application.initializers(context -> context.getBeanFactory().registerSingleton("messenger", messenger));
		}
		return application.run(arguments);
	}

	static String memoryDatabase() {
		return "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
	}

	/** The application's H2 options for its file database. */
	static final String FILE_OPTIONS = ";WRITE_DELAY=0";

	/** A new file database under target/bench, with these URL options ("none" for H2's defaults). */
	static String fileDatabase(String options) throws IOException {
		Path dir = Files.createDirectories(Path.of("target/bench"));
		return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("digestbot-" + System.nanoTime())
				+ (options.equals("none") ? "" : options);
	}

	/** Parses and stores the seed issue. */
	static PublishedIssue seedIssue(ConfigurableApplicationContext context) throws IOException {
		Issue issue = ContentFiles.parser(Path.of("content"))
			.parse(SEED.getFileName().toString(), Files.readAllBytes(SEED))
			.issue();
		return context.getBean(IssueStore.class).save(issue, "bench", SEED.getFileName().toString());
	}

	/**
	 * Adds {@code count} subscribers, each following 1 to 3 of the topics the issue has items in,
	 * in a mix of time zones, all with their push time at midnight so that all are due now.
	 */
	static void seedSubscribers(ConfigurableApplicationContext context, int count, PublishedIssue issue) {
		List<String> topics = topicsIn(issue);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Random random = new Random(42);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		LocalDate from = issue.date();
		List<Object[]> subscribers = new ArrayList<>();
		List<Object[]> subscriptions = new ArrayList<>();
		for (long chat = 1; chat <= count; chat++) {
			subscribers.add(new Object[] { chat, chat, (chat % 5 == 0) ? "en" : "nl", "00:00",
					ZONES[random.nextInt(ZONES.length)], "DIGEST", from, now });
			for (String topic : topicsOf(random, topics)) {
				subscriptions.add(new Object[] { chat, topic, from });
			}
			if (subscribers.size() == 2000 || chat == count) {
				flush(jdbc, subscribers, subscriptions);
			}
		}
	}

	/** One to three of the topics, drawn at random. */
	static Set<String> topicsOf(Random random, List<String> topics) {
		Set<String> chosen = new LinkedHashSet<>();
		int wanted = 1 + random.nextInt(Math.min(3, topics.size()));
		while (chosen.size() < wanted) {
			chosen.add(topics.get(random.nextInt(topics.size())));
		}
		return chosen;
	}

	/** The topics the issue has items in. */
	static List<String> topicsIn(PublishedIssue issue) {
		return issue.items().stream().flatMap(item -> item.topics().stream()).distinct().toList();
	}

	private static void flush(JdbcTemplate jdbc, List<Object[]> subscribers, List<Object[]> subscriptions) {
		jdbc.batchUpdate("""
				insert into subscriber (chat_id, kind, user_id, language, push_time, time_zone, format, paused, active,
				from_issue_date, created_at) values (?, 'PRIVATE', ?, ?, ?, ?, ?, false, true, ?, ?)""", subscribers);
		jdbc.batchUpdate("insert into subscription (chat_id, topic, since_issue_date) values (?, ?, ?)", subscriptions);
		subscribers.clear();
		subscriptions.clear();
	}

	/** A line of /proc/self/status, such as VmRSS or VmHWM, or "n/a". */
	static String procStatus(String key) {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter(line -> line.startsWith(key + ":"))
				.map(line -> line.substring(key.length() + 1).strip())
				.findFirst()
				.orElse("n/a");
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

	static String heapUsed() {
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MB";
	}

	static double seconds(long nanos) {
		return nanos / 1e9;
	}

}
