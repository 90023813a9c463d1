package digestbot.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed issue of the digest.
 *
 * @param date the issue's date, or {@code null} when none was given
 * @param intro the intro paragraph, or {@code null}
 * @param sections the sections in order
 */
public record Issue(LocalDate date, String intro, List<Section> sections) {

	public Issue {
		sections = List.copyOf(sections);
	}

	public int itemCount() {
		return sections.stream().mapToInt(section -> section.items().size()).sum();
	}

}
