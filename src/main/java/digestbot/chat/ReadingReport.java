package digestbot.chat;

import java.util.List;
import java.util.Optional;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.stats.ItemReadings;
import digestbot.stats.Reading;
import digestbot.stats.ReadingFigures;
import digestbot.stats.TopicFollowers;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The part of {@code /stats} on what is read: the current issue's most-read items, and the topics
 * that gained or lost followers since that issue.
 */
@Component
@Order(10)
final class ReadingReport implements StatsBlock {

	private static final int MOST_READ = 5;

	private static final int TITLE_LENGTH = 50;

	private final ReadingFigures figures;

	private final IssueStore issues;

	private final Replies replies;

	ReadingReport(ReadingFigures figures, IssueStore issues, Replies replies) {
		this.figures = figures;
		this.issues = issues;
		this.replies = replies;
	}

	@Override
	public String render(Turn turn) {
		Optional<PublishedIssue> current = issues.current();
		if (current.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(replies.text(turn, MessageKey.STATS_READ_HEADER, current.get().date()));
		List<ItemReadings> read = figures.mostRead(current.get(), MOST_READ);
		if (read.isEmpty()) {
			text.append('\n').append(replies.text(turn, MessageKey.STATS_READ_NONE));
		}
		for (ItemReadings item : read) {
			text.append('\n').append(replies.text(turn, MessageKey.STATS_READ_LINE, item.number(),
					digestbot.text.Texts.firstWords(item.title(), TITLE_LENGTH), item.total(),
					item.count(Reading.SOURCE_COMMAND), item.count(Reading.SOURCE_BUTTON), item.count(Reading.MORE),
					item.count(Reading.INLINE), item.count(Reading.WEB)));
		}
		text.append("\n\n").append(replies.text(turn, MessageKey.STATS_FOLLOWERS_HEADER, current.get().date()));
		List<TopicFollowers> followers = figures.followersSince(current.get().date());
		if (followers.isEmpty()) {
			text.append('\n').append(replies.text(turn, MessageKey.STATS_FOLLOWERS_NONE));
		}
		followers.stream()
			.sorted((a, b) -> Long.compare(b.net(), a.net()))
			.forEach(topic -> text.append('\n')
				.append(replies.text(turn, MessageKey.STATS_FOLLOWERS_LINE, topic.topic(), topic.joined(),
						topic.departed())));
		return text.toString();
	}

}
