package digestbot.delivery;

import java.time.LocalDate;
import java.util.List;

import digestbot.delivery.CorrectionPlanner.Change;

/**
 * An item of a corrected message, kept with its correction: where it stood when the message was
 * sent, and how it reads now.
 *
 * @param itemId the item's id when the message was sent
 * @param change whether it reads as before, was changed, or was removed from its issue
 * @param issueDate its issue's date
 * @param number its position in the issue as sent
 * @param sectionTitle its section as sent, or null
 * @param topics its topics as sent
 * @param text its text now (as sent, when removed)
 * @param html the item as readers and groups get it, now
 * @param body the item as a channel gets it (without the section title), now
 * @param tail what {@code body} has after the text: sources and link
 */
record CorrectedItem(long itemId, Change change, LocalDate issueDate, int number, String sectionTitle,
		List<String> topics, String text, String html, String body, String tail) {

	CorrectedItem {
		topics = List.copyOf(topics);
	}

}
