package digestbot.chat;

import java.util.Map;

import digestbot.admin.Admins;
import digestbot.digest.IssueStore;
import digestbot.subscription.SubscriberCounts;
import digestbot.subscription.SubscriberStore;

/** The admins' controls of the push and their figures: /pushnow and /stats. */
final class AdminCommands {

	private final Admins admins;

	private final SubscriberStore subscribers;

	private final IssueStore issues;

	private final PushControls push;

	private final Replies replies;

	AdminCommands(Admins admins, SubscriberStore subscribers, IssueStore issues, PushControls push, Replies replies) {
		this.admins = admins;
		this.subscribers = subscribers;
		this.issues = issues;
		this.push = push;
		this.replies = replies;
	}

	void register(Routes routes) {
		routes.on(Command.PushNow.class, (command, turn) -> admins.allows(turn.userId(), "/pushnow")
				? replies.say(turn, MessageKey.PUSH_STARTED, push.pushNow()) : replies.say(turn, MessageKey.ADMIN_ONLY));
		routes.on(Command.Stats.class, (command, turn) -> admins.allows(turn.userId(), "/stats")
				? replies.html(turn, stats(turn), null) : replies.say(turn, MessageKey.ADMIN_ONLY));
	}

	private String stats(Turn turn) {
		SubscriberCounts counts = subscribers.counts();
		StringBuilder text = new StringBuilder(
				replies.text(turn, MessageKey.STATS, counts.active(), counts.paused(), counts.inactive()));
		text.append("\n\n").append(replies.text(turn, MessageKey.STATS_TOPICS));
		for (Map.Entry<String, Integer> topic : subscribers.countsByTopic().entrySet()) {
			text.append('\n').append(digestbot.text.Html.escape(topic.getKey())).append(": ").append(topic.getValue());
		}
		text.append("\n\n").append(issues.current()
			.map(issue -> replies.text(turn, MessageKey.STATS_CURRENT, issue.date(), issue.items().size()))
			.orElseGet(() -> replies.text(turn, MessageKey.NO_ISSUE)));
		String reports = push.lastReports(turn.language());
		if (!reports.isEmpty()) {
			text.append("\n\n").append(reports);
		}
		return text.toString();
	}

}
