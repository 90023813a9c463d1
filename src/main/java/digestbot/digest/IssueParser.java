package digestbot.digest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the editor's plain-text issue: an optional intro, then items (paragraphs starting
 * with {@code *}, {@code -} or {@code •}, or any longer paragraph under a heading) grouped by
 * short heading lines. Each item's source tail is split off and its topics found. What looks
 * odd becomes a {@link ParseWarning}; text is never dropped. See {@code docs-issue-format.md}.
 */
public final class IssueParser {

	private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private final SourceExtractor sources;

	private final TopicClassifier topics;

	public IssueParser(SourceCatalog sources, TopicCatalog topics) {
		this.sources = new SourceExtractor(sources);
		this.topics = new TopicClassifier(topics);
	}

	/**
	 * Parses an issue file, taking its date from a {@code YYYY-MM-DD} in the file name.
	 * @throws IssueRefusedException if the content cannot be an issue
	 */
	public ParsedIssue parse(String fileName, byte[] content) {
		return parse(content, dateIn(fileName));
	}

	/**
	 * Parses an issue.
	 * @param date the issue's date; {@code null} gives a warning
	 * @throws IssueRefusedException if the content cannot be an issue
	 */
	public ParsedIssue parse(byte[] content, LocalDate date) {
		IssueDraft draft = new IssueDraft(date);
		List<Paragraph> paragraphs = withText(IssueText.paragraphs(content), draft);
		int first = 0;
		if (!paragraphs.isEmpty() && isIntro(paragraphs)) {
			draft.intro(paragraphs.get(0).text());
			first = 1;
		}
		for (int i = first; i < paragraphs.size(); i++) {
			read(paragraphs, i, draft);
		}
		return draft.build();
	}

	/** The date in a file name such as {@code 2025-01-27.txt}, or {@code null}. */
	static LocalDate dateIn(String fileName) {
		Matcher matcher = DATE.matcher((fileName != null) ? fileName : "");
		if (!matcher.find()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static List<Paragraph> withText(List<Paragraph> paragraphs, IssueDraft draft) {
		List<Paragraph> withText = new ArrayList<>(paragraphs.size());
		for (Paragraph paragraph : paragraphs) {
			if (paragraph.isMarkersOnly()) {
				draft.warn(paragraph.line(), "a line of markers only, without text, was skipped");
			}
			else {
				withText.add(paragraph);
			}
		}
		return withText;
	}

	private boolean isIntro(List<Paragraph> paragraphs) {
		Paragraph first = paragraphs.get(0);
		return !first.isBullet() && !first.isMarkdownHeading() && !isHeading(paragraphs, 0);
	}

	private void read(List<Paragraph> paragraphs, int index, IssueDraft draft) {
		Paragraph paragraph = paragraphs.get(index);
		if (paragraph.isMarkdownHeading()) {
			draft.startSection(paragraph.markdownTitle(), paragraph.line());
		}
		else if (paragraph.isBullet()) {
			draft.add(item(paragraph.line(), paragraph.bulletText(), draft));
		}
		else if (isHeading(paragraphs, index)) {
			draft.startSection(paragraph.text(), paragraph.line());
		}
		else {
			if (looksLikeHeading(paragraph)) {
				draft.warn(paragraph.line(), "'" + paragraph.text()
						+ "' looks like a heading but no item follows it; kept as an item");
			}
			draft.add(item(paragraph.line(), paragraph.text(), draft));
		}
	}

	/** A short line followed by an item: a bullet or a longer paragraph. */
	private boolean isHeading(List<Paragraph> paragraphs, int index) {
		if (!looksLikeHeading(paragraphs.get(index)) || index + 1 >= paragraphs.size()) {
			return false;
		}
		Paragraph next = paragraphs.get(index + 1);
		return next.isBullet() || (!next.isMarkdownHeading() && !looksLikeHeading(next));
	}

	/** Short and not a sentence; "Tesla opent fabriek. GT" is a short item, not a heading. */
	private boolean looksLikeHeading(Paragraph paragraph) {
		return paragraph.isShortPhrase() && !sources.isSentenceWithSources(paragraph.text());
	}

	private Item item(int line, String paragraph, IssueDraft draft) {
		SourceTail tail = sources.extract(paragraph);
		for (String name : tail.unknownNames()) {
			draft.warn(line, "unknown source '" + name + "'");
		}
		if (tail.sources().isEmpty()) {
			draft.warn(line, "no source: end the item with its sources, as in '... GT'");
		}
		List<String> itemTopics = topics.classify(draft.title(), tail.text());
		if (itemTopics.isEmpty()) {
			draft.warn(line, "no topic: add a keyword to topics.yml or put the item under a heading that names one");
		}
		return new Item(line, tail.text(), tail.sources(), itemTopics);
	}

}
