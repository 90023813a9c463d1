package digestbot.web;

import java.time.LocalDate;
import java.util.List;

/**
 * An item as the archive shows it.
 *
 * @param elementId the id of its element on its issue's page ({@code item-3}), from its anchor
 * @param path where it is: its issue's page and its anchor
 * @param headline its first words, for a feed entry's title
 * @param sources its sources by full name, with their web address where the catalogue has one
 * @param topics its topics, with the address of each topic's page where the topic is in the catalogue
 */
record ItemView(LocalDate issueDate, int anchor, String elementId, String path, String issuePath,
		String sectionTitle, String text, String headline, List<Named> sources, List<Named> topics) {

	ItemView {
		sources = List.copyOf(sources);
		topics = List.copyOf(topics);
	}

	/** A name and the address it links to, or {@code null} when it links nowhere. */
	record Named(String name, String url) {
	}

}
