package digestbot.stats;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How often an item was read, by kind of reading.
 *
 * @param issueDate its issue
 * @param anchor its stable number in the issue (0: the issue's own page)
 * @param number its position in the issue as published last (0: the issue's own page)
 * @param title its first words
 * @param topics its topics
 * @param counts the count of each kind of reading; a kind not counted is absent
 */
public record ItemReadings(LocalDate issueDate, int anchor, int number, String title, List<String> topics,
		Map<Reading, Long> counts) {

	public ItemReadings {
		topics = List.copyOf(topics);
		counts = counts.isEmpty() ? Map.of() : new EnumMap<>(counts);
	}

	public long count(Reading reading) {
		return counts.getOrDefault(reading, 0L);
	}

	/** Every reading together. */
	public long total() {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
