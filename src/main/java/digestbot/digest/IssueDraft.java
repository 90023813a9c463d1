package digestbot.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The issue being assembled while the parser walks its paragraphs. */
final class IssueDraft {

	private final LocalDate date;

	private final List<Section> sections = new ArrayList<>();

	private final List<ParseWarning> warnings = new ArrayList<>();

	private String intro;

	private String title;

	private int titleLine;

	private List<Item> items = new ArrayList<>();

	IssueDraft(LocalDate date) {
		this.date = date;
		if (date == null) {
			warn(0, "no date: name the file after the issue's date, as in 2025-01-27.txt");
		}
	}

	void intro(String intro) {
		this.intro = intro;
	}

	String title() {
		return title;
	}

	void warn(int line, String message) {
		warnings.add(new ParseWarning(line, message));
	}

	void startSection(String title, int line) {
		closeSection();
		this.title = title;
		this.titleLine = line;
		this.items = new ArrayList<>();
	}

	void add(Item item) {
		items.add(item);
	}

	ParsedIssue build() {
		closeSection();
		Issue issue = new Issue(date, intro, sections);
		if (issue.itemCount() == 0) {
			throw new IssueRefusedException(
					"no item: start news paragraphs with '*' or put them under a heading", 0);
		}
		warnings.sort(Comparator.comparingInt(ParseWarning::line));
		return new ParsedIssue(issue, warnings);
	}

	private void closeSection() {
		if (title == null && items.isEmpty()) {
			return;
		}
		if (items.isEmpty()) {
			warn(titleLine, "heading '" + title + "' has no items");
		}
		sections.add(new Section(title, items));
	}

}
