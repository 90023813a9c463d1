package digestbot.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * An item of a stored issue, with what a reader needs to place it.
 *
 * @param id the item's database id, stable while its issue is not replaced
 * @param issueDate the date of the issue it belongs to
 * @param number its position in the issue, from 1
 * @param anchor its stable place in the issue, for links ({@code #item-3}, {@code /i/2025-01-27/3}):
 * its number when the issue was first published, kept when the issue is replaced by one with this
 * item or an edit of it, never given to another item of the issue
 * @param sectionTitle the heading it stood under, or {@code null}
 * @param text the news text
 * @param sources its sources, possibly empty
 * @param topics its topics' names
 */
public record PublishedItem(long id, LocalDate issueDate, int number, int anchor, String sectionTitle, String text,
		List<Source> sources, List<String> topics) {

	public PublishedItem {
		sources = List.copyOf(sources);
		topics = List.copyOf(topics);
	}

}
