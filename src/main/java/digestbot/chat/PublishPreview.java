package digestbot.chat;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import digestbot.digest.Issue;
import digestbot.digest.Item;
import digestbot.digest.ParseWarning;
import digestbot.digest.ParsedIssue;
import digestbot.digest.Section;
import digestbot.digest.Source;
import digestbot.subscription.Reach;
import digestbot.subscription.TopicReach;
import digestbot.text.Html;
import digestbot.text.Texts;

/**
 * The preview an admin confirms: date, counts, the places it reaches, each section with its
 * items' first words, topics, sources and reach, and every warning.
 */
final class PublishPreview {

	private final Replies replies;

	private final TopicReach reach;

	PublishPreview(Replies replies, TopicReach reach) {
		this.replies = replies;
		this.reach = reach;
	}

	String render(Turn turn, ParsedIssue parsed, boolean replacesAnIssue) {
		Issue issue = parsed.issue();
		StringBuilder text = new StringBuilder();
		text.append(issue.date() == null ? replies.text(turn, MessageKey.PREVIEW_NO_DATE)
				: replies.text(turn, MessageKey.PREVIEW_HEADER, issue.date()));
		text.append('\n').append(replies.text(turn, MessageKey.PREVIEW_COUNTS, issue.sections().size(), issue.itemCount()));
		Set<String> allTopics = new LinkedHashSet<>();
		issue.sections().forEach(section -> section.items().forEach(item -> allTopics.addAll(item.topics())));
		text.append('\n').append(replies.text(turn, MessageKey.PREVIEW_REACH_TOTAL,
				new SafeHtml(reachText(turn, reach.of(allTopics, issue.date())))));
		// Many items share their topics: each set of topics is counted once.
		Map<List<String>, String> reachOfTopics = new HashMap<>();
		if (replacesAnIssue) {
			text.append('\n').append(replies.text(turn, MessageKey.PREVIEW_REPLACES, issue.date()));
		}
		int number = 0;
		for (Section section : issue.sections()) {
			text.append("\n\n<b>").append(Html.escape(section.title() == null ? "—" : section.title())).append("</b>");
			for (Item item : section.items()) {
				String itemReach = reachOfTopics.computeIfAbsent(item.topics(),
						topics -> reachText(turn, reach.of(topics, issue.date())));
				text.append("\n").append(++number).append(". ").append(line(item)).append(" → ").append(itemReach);
			}
		}
		List<ParseWarning> warnings = parsed.warnings();
		if (!warnings.isEmpty()) {
			text.append("\n\n").append(replies.text(turn, MessageKey.PREVIEW_WARNINGS, warnings.size()));
			for (ParseWarning warning : warnings) {
				text.append("\n⚠️ ").append(warning.line() > 0 ? "r. " + warning.line() + ": " : "")
					.append(Html.escape(warning.message()));
			}
		}
		return text.toString();
	}

	private String reachText(Turn turn, Reach places) {
		return replies.text(turn, MessageKey.PREVIEW_REACH, places.readers(), places.groups(), places.threads(),
				places.channels());
	}

	private static String line(Item item) {
		String topics = item.topics().isEmpty() ? "—" : String.join(", ", item.topics());
		String sources = item.sources().isEmpty() ? "—"
				: item.sources().stream().map(Source::name).collect(Collectors.joining(", "));
		return Html.escape(Texts.firstWords(item.text(), 60)) + " <i>[" + Html.escape(topics) + " · "
				+ Html.escape(sources) + "]</i>";
	}

}
