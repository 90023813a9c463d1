package digestbot.delivery;

import java.time.LocalDate;
import java.util.List;

import digestbot.delivery.CorrectionPlanner.Change;
import digestbot.digest.ItemHtml;
import digestbot.digest.PublishedItem;

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

	/** The item laid out where it stood when sent ({@code sent}), reading as {@code now} does. */
	static CorrectedItem of(long itemId, Change change, PublishedItem sent, PublishedItem now, ItemHtml itemHtml) {
		PublishedItem bare = new PublishedItem(now.id(), now.issueDate(), now.number(), now.anchor(), now.sectionTitle(),
				"", now.sources(), now.topics());
		return new CorrectedItem(itemId, change, sent.issueDate(), sent.number(), sent.sectionTitle(), sent.topics(),
				now.text(), itemHtml.render(now), itemHtml.body(now), itemHtml.body(bare));
	}

}
