package digestbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import digestbot.delivery.PushBench;
import digestbot.digest.ContentFiles;
import digestbot.digest.Issue;
import digestbot.digest.Item;
import digestbot.digest.PublishedItem;
import digestbot.digest.Section;
import digestbot.digest.Topic;
import digestbot.subscription.PushFormat;

/**
 * (d) Messages per subscriber for the seed issue, digest format against one message per item: for
 * each topic alone, for all topics, and for 10,000 subscribers of 1 to 3 random topics (as in the
 * other benchmarks). Not a test: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=PackingBenchmark}.
 */
public final class PackingBenchmark {

	private PackingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Issue issue = ContentFiles.parser(Path.of("content"))
			.parse(BenchSetup.SEED.getFileName().toString(), Files.readAllBytes(BenchSetup.SEED))
			.issue();
		List<PublishedItem> items = published(issue);
		List<String> catalogue = ContentFiles.topics(Path.of("content")).all().stream().map(Topic::name).toList();
		List<String> topics = items.stream().flatMap(item -> item.topics().stream()).distinct().toList();
		System.out.printf("seed issue %s: %d items, %,d characters of text%n", issue.date(), items.size(),
				items.stream().mapToInt(item -> item.text().length()).sum());
		for (String topic : topics) {
			print(topic, items, Set.of(topic), catalogue);
		}
		print("all topics", items, Set.copyOf(topics), catalogue);

		Random random = new Random(42);
		long digest = 0;
		long perItem = 0;
		int subscribers = 10_000;
		for (int i = 0; i < subscribers; i++) {
			Set<String> chosen = BenchSetup.topicsOf(random, topics);
			digest += PushBench.messages(items, chosen, PushFormat.DIGEST, catalogue);
			perItem += PushBench.messages(items, chosen, PushFormat.ITEMS, catalogue);
		}
		System.out.printf("%,d subscribers of 1-3 topics: %.2f messages each in digest format, %.2f one per item "
				+ "(%.1fx fewer); a 30/s push to 100,000 of them: %.0f min against %.0f min%n", subscribers,
				digest / (double) subscribers, perItem / (double) subscribers, perItem / (double) digest,
				digest * 10 / 30.0 / 60, perItem * 10 / 30.0 / 60);
	}

	private static void print(String label, List<PublishedItem> items, Set<String> topics, List<String> catalogue) {
		System.out.printf("%-22s digest %d message(s), one per item %d%n", label,
				PushBench.messages(items, topics, PushFormat.DIGEST, catalogue),
				PushBench.messages(items, topics, PushFormat.ITEMS, catalogue));
	}

	private static List<PublishedItem> published(Issue issue) {
		List<PublishedItem> items = new ArrayList<>();
		for (Section section : issue.sections()) {
			for (Item item : section.items()) {
				int number = items.size() + 1;
				items.add(new PublishedItem(number, issue.date(), number, number, section.title(), item.text(), item.sources(),
						item.topics()));
			}
		}
		return items;
	}

}
