package digestbot.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A stored issue: its date, intro and items in order. */
public record PublishedIssue(long id, LocalDate date, String intro, List<PublishedItem> items) {

	public PublishedIssue {
		items = List.copyOf(items);
	}

	/** The items grouped by the section they stood in, in order. */
	public List<PublishedSection> sections() {
		List<PublishedSection> sections = new ArrayList<>();
		List<PublishedItem> current = null;
		String currentTitle = null;
		for (PublishedItem item : items) {
			if (current == null || !Objects.equals(item.sectionTitle(), currentTitle)) {
				if (current != null) {
					sections.add(new PublishedSection(currentTitle, current));
				}
				current = new ArrayList<>();
				currentTitle = item.sectionTitle();
			}
			current.add(item);
		}
		if (current != null) {
			sections.add(new PublishedSection(currentTitle, current));
		}
		return sections;
	}

	/** A section of a stored issue; {@code title} is null for the items before the first heading. */
	public record PublishedSection(String title, List<PublishedItem> items) {

		public PublishedSection {
			items = List.copyOf(items);
		}

	}

}
