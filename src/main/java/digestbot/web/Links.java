package digestbot.web;

import java.time.LocalDate;

import digestbot.digest.IssueSummary;
import digestbot.digest.Topic;

/** What the archive links to from its lists: issues and topics. */
final class Links {

	private Links() {
	}

	/** An issue in the list of the latest ones; {@code intro} is {@code null} when it has none. */
	record IssueLink(LocalDate date, String path, String intro, int itemCount) {

		static IssueLink of(IssueSummary summary) {
			return new IssueLink(summary.date(), Addresses.issue(summary.date()), summary.intro(), summary.itemCount());
		}

	}

	/** A topic with its page and its feed. */
	record TopicLink(String name, String path, String feedPath) {

		static TopicLink of(Topic topic) {
			return new TopicLink(topic.name(), Addresses.topic(topic), Addresses.topicFeed(topic));
		}

	}

}
