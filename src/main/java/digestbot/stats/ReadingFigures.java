package digestbot.stats;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.digest.PublishedItem;
import digestbot.text.Csv;
import digestbot.text.Texts;

import org.springframework.stereotype.Component;

/**
 * The counts as admins read them: an issue's most-read items and the topics' follower changes
 * for {@code /stats}, and everything as CSV for {@code /export}. Each read stores this instance's
 * counts first, so a report includes what was just counted here.
 */
@Component
public class ReadingFigures {

	private static final int TITLE_LENGTH = 80;

	private final ReadingCounter counter;

	private final ReadingStore store;

	private final IssueStore issues;

	ReadingFigures(ReadingCounter counter, ReadingStore store, IssueStore issues) {
		this.counter = counter;
		this.store = store;
		this.issues = issues;
	}

	/** The issue's items that were read, most read first, at most {@code limit}. */
	public List<ItemReadings> mostRead(PublishedIssue issue, int limit) {
		counter.flush();
		return itemsOf(issue, store.readings(issue.date())).stream()
			.filter(item -> item.anchor() > 0 && item.total() > 0)
			.sorted(Comparator.comparingLong(ItemReadings::total).reversed().thenComparing(ItemReadings::number))
			.limit(limit)
			.toList();
	}

	/** Followers gained and lost per topic from the day on, topics that changed only, by name. */
	public List<TopicFollowers> followersSince(LocalDate day) {
		counter.flush();
		Map<String, long[]> byTopic = new TreeMap<>();
		store.followerChanges(day).forEach(row -> {
			long[] sums = byTopic.computeIfAbsent(row.topic(), topic -> new long[2]);
			sums[0] += row.joined();
			sums[1] += row.departed();
		});
		List<TopicFollowers> changes = new ArrayList<>();
		byTopic.forEach((topic, sums) -> changes.add(new TopicFollowers(topic, sums[0], sums[1])));
		return changes;
	}

	/**
	 * Every issue that was read, one line per item (and one for the issue's own page, item 0):
	 * issue, anchor, number, title, topics, then one column per kind of reading.
	 */
	public byte[] readingsCsv() {
		counter.flush();
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("issue", "anchor", "number", "title", "topics"));
		for (Reading reading : Reading.values()) {
			header.add(reading.name().toLowerCase(java.util.Locale.ROOT));
		}
		csv.append(Csv.line(header));
		Map<LocalDate, List<ReadingStore.Row>> byIssue = new LinkedHashMap<>();
		store.allReadings().forEach(row -> byIssue.computeIfAbsent(row.issueDate(), date -> new ArrayList<>()).add(row));
		byIssue.forEach((date, rows) -> {
			Optional<PublishedIssue> issue = issues.byDate(date);
			List<ItemReadings> lines = issue.map(found -> itemsOf(found, rows)).orElseGet(() -> unnamed(rows));
			for (ItemReadings line : lines) {
				List<String> fields = new ArrayList<>(List.of(date.toString(), Integer.toString(line.anchor()),
						Integer.toString(line.number()), line.title(), Csv.line(line.topics()).strip()));
				for (Reading reading : Reading.values()) {
					fields.add(Long.toString(line.count(reading)));
				}
				csv.append(Csv.line(fields));
			}
		});
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Followers gained and lost per day and topic: day, topic, joined, left. */
	public byte[] followersCsv() {
		counter.flush();
		StringBuilder csv = new StringBuilder(Csv.line(List.of("day", "issue", "topic", "joined", "left")));
		List<LocalDate> issueDates = issues.archive(10_000).stream().map(summary -> summary.date()).toList();
		store.followerChanges(LocalDate.MIN).forEach(row -> csv.append(Csv.line(List.of(row.day().toString(),
				issueOf(row.day(), issueDates), row.topic(), Long.toString(row.joined()),
				Long.toString(row.departed())))));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The issue current on the day: the newest dated on or before it. */
	private static String issueOf(LocalDate day, List<LocalDate> newestFirst) {
		return newestFirst.stream().filter(date -> !date.isAfter(day)).findFirst().map(LocalDate::toString).orElse("");
	}

	private static List<ItemReadings> itemsOf(PublishedIssue issue, List<ReadingStore.Row> rows) {
		Map<Integer, Map<Reading, Long>> byAnchor = byAnchor(rows);
		List<ItemReadings> items = new ArrayList<>();
		Map<Reading, Long> page = byAnchor.get(0);
		if (page != null) {
			items.add(new ItemReadings(issue.date(), 0, 0, "", List.of(), page));
		}
		for (PublishedItem item : issue.items()) {
			items.add(new ItemReadings(issue.date(), item.anchor(), item.number(),
					Texts.firstWords(item.text(), TITLE_LENGTH), item.topics(),
					byAnchor.getOrDefault(item.anchor(), Map.of())));
		}
		return items;
	}

	/** Counts of an issue no longer stored: by anchor, without titles. */
	private static List<ItemReadings> unnamed(List<ReadingStore.Row> rows) {
		List<ItemReadings> items = new ArrayList<>();
		byAnchor(rows).forEach((anchor, counts) -> items
			.add(new ItemReadings(rows.get(0).issueDate(), anchor, 0, "", List.of(), counts)));
		return items;
	}

	private static Map<Integer, Map<Reading, Long>> byAnchor(List<ReadingStore.Row> rows) {
		Map<Integer, Map<Reading, Long>> byAnchor = new TreeMap<>();
		rows.forEach(row -> byAnchor.computeIfAbsent(row.anchor(), anchor -> new EnumMap<>(Reading.class))
			.merge(row.reading(), row.events(), Long::sum));
		return byAnchor;
	}

}
