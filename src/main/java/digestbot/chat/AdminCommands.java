package digestbot.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import digestbot.delivery.CorrectionReport;
import digestbot.delivery.Corrections;
import digestbot.delivery.PushReport;
import digestbot.delivery.PushReports;
import digestbot.digest.IssueStore;
import digestbot.subscription.SubscriberCounts;
import digestbot.subscription.SubscriberStore;
import digestbot.subscription.SubscriptionProperties;
import digestbot.text.Html;

import org.springframework.stereotype.Component;

/** The admins' controls of the push and their figures: /pushnow and /stats (pushes and corrections). */
@Component
final class AdminCommands implements ChatCommands {

	/** The names of the commands answered here. */
	@Component
	static final class Names implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("pushnow", Command.PushNow::new).aliases("push_now").menu(CommandNames.Menu.ADMIN, 30);
			names.command("stats", Command.Stats::new).menu(CommandNames.Menu.ADMIN, 40);
		}

	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int REPORTS = 5;

	private final SubscriberStore subscribers;

	private final IssueStore issues;

	private final PushReports push;

	private final Corrections corrections;

	private final Replies replies;

	private final ZoneId zone;

	AdminCommands(SubscriberStore subscribers, IssueStore issues, PushReports push, Corrections corrections,
			Replies replies, SubscriptionProperties defaults) {
		this.corrections = corrections;
		this.subscribers = subscribers;
		this.issues = issues;
		this.push = push;
		this.replies = replies;
		this.zone = defaults.zone();
	}

	@Override
	public void register(Routes routes) {
		routes.admin(Command.PushNow.class,
				(command, turn) -> replies.say(turn, MessageKey.PUSH_STARTED, push.pushNow().chats()));
		routes.admin(Command.Stats.class, (command, turn) -> replies.html(turn, stats(turn), null));
	}

	private String stats(Turn turn) {
		SubscriberCounts counts = subscribers.counts();
		StringBuilder text = new StringBuilder(
				replies.text(turn, MessageKey.STATS, counts.active(), counts.paused(), counts.inactive()));
		text.append("\n\n").append(replies.text(turn, MessageKey.STATS_TOPICS));
		for (Map.Entry<String, Integer> topic : subscribers.countsByTopic().entrySet()) {
			text.append('\n').append(Html.escape(topic.getKey())).append(": ").append(topic.getValue());
		}
		text.append("\n\n").append(issues.current()
			.map(issue -> replies.text(turn, MessageKey.STATS_CURRENT, issue.date(), issue.items().size()))
			.orElseGet(() -> replies.text(turn, MessageKey.NO_ISSUE)));
		List<PushReport> reports = push.lastReports(REPORTS);
		if (!reports.isEmpty()) {
			text.append("\n\n").append(replies.text(turn, MessageKey.STATS_PUSHES));
			reports.forEach(report -> text.append('\n').append(line(turn, report)));
		}
		List<CorrectionReport> fixes = corrections.lastReports(REPORTS);
		if (!fixes.isEmpty()) {
			text.append("\n\n").append(replies.text(turn, MessageKey.STATS_CORRECTIONS));
			fixes.forEach(report -> text.append('\n').append(line(turn, report)));
		}
		return text.toString();
	}

	private String line(Turn turn, PushReport report) {
		return replies.text(turn, MessageKey.STATS_PUSH_LINE, WHEN.format(report.plannedAt().atZone(zone)),
				report.planned(), report.sent(), report.failed(), report.blocked(), report.pending(),
				time(report.firstSentAt()), time(report.lastSentAt()));
	}

	private String line(Turn turn, CorrectionReport report) {
		String sent = report.startedAt() == null ? replies.text(turn, MessageKey.STATS_CORRECTION_NOT_SENT)
				: WHEN.format(report.startedAt().atZone(zone));
		return replies.text(turn, MessageKey.STATS_CORRECTION_LINE, report.issueDate(), sent, report.messages(),
				report.edited(), report.unchanged(), report.gone(), report.failed(), report.waiting());
	}

	private String time(Instant instant) {
		return instant == null ? "—" : WHEN.format(instant.atZone(zone));
	}

}
