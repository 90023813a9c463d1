package digestbot.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * An item of a stored issue, with what a reader needs to place it.
 *
 * @param id the item's database id, stable while its issue is not replaced
 * @param issueDate the date of the issue it belongs to
 * @param number its position in the issue, from 1
 * @param sectionTitle the heading it stood under, or {@code null}
 * @param text the news text
 * @param sources its sources, possibly empty
 * @param topics its topics' names
 */
public record PublishedItem(long id, LocalDate issueDate, int number, String sectionTitle, String text,
		List<Source> sources, List<String> topics) {

	public PublishedItem {
		sources = List.copyOf(sources);
		topics = List.copyOf(topics);
	}

}
