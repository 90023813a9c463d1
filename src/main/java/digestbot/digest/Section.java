package digestbot.digest;

import java.util.List;

/**
 * A heading and its items. The items before an issue's first heading form a section
 * whose title is {@code null}.
 */
public record Section(String title, List<Item> items) {

	public Section {
		items = List.copyOf(items);
	}

}
