package digestbot.chat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import digestbot.admin.ScheduledIssue;
import digestbot.admin.ScheduledIssues;

import org.springframework.stereotype.Component;

/**
 * The planned issues, for admins: {@code /scheduled} lists them, {@code /scheduled cancel date}
 * drops one, {@code /scheduled move date [date] time} gives one another moment. Dates name the
 * issue; times are in the configured zone.
 */
@Component
final class ScheduleCommands implements ChatCommands {

	/** The names of the commands answered here. */
	@Component
	static final class Names implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("scheduled", Command.Scheduled::new).aliases("gepland").menu(CommandNames.Menu.ADMIN, 25);
		}

	}

	private static final Set<String> CANCEL = Set.of("cancel", "annuleer", "schrap");

	private static final Set<String> MOVE = Set.of("move", "verplaats");

	private final ScheduledIssues scheduled;

	private final ScheduleTimes times;

	private final Replies replies;

	ScheduleCommands(ScheduledIssues scheduled, ScheduleTimes times, Replies replies) {
		this.scheduled = scheduled;
		this.times = times;
		this.replies = replies;
	}

	@Override
	public void register(Routes routes) {
		routes.admin(Command.Scheduled.class, (command, turn) -> answer(command.argument(), turn));
	}

	private List<Outgoing> answer(String argument, Turn turn) {
		String[] words = argument == null || argument.isBlank() ? new String[0] : argument.strip().split("\\s+");
		if (words.length == 0) {
			return list(turn);
		}
		String action = words[0].toLowerCase(Locale.ROOT);
		if (CANCEL.contains(action) && words.length == 2) {
			return withDate(words[1], turn, date -> replies.say(turn,
					scheduled.drop(date) ? MessageKey.SCHEDULE_CANCELLED : MessageKey.SCHEDULE_UNKNOWN, date));
		}
		if (MOVE.contains(action) && (words.length == 3 || words.length == 4)) {
			return withDate(words[1], turn, date -> move(date, words.length == 3 ? words[1] : words[2],
					words[words.length - 1], turn));
		}
		return replies.say(turn, MessageKey.SCHEDULED_USAGE);
	}

	private List<Outgoing> list(Turn turn) {
		List<ScheduledIssue> planned = scheduled.all();
		if (planned.isEmpty()) {
			return replies.say(turn, MessageKey.SCHEDULED_NONE);
		}
		StringBuilder text = new StringBuilder(replies.text(turn, MessageKey.SCHEDULED_HEADER, times.zone().getId()));
		for (ScheduledIssue issue : planned) {
			LocalDateTime local = times.local(issue.publishAt());
			text.append('\n').append(replies.text(turn, MessageKey.SCHEDULED_LINE, local.toLocalDate(),
					local.toLocalTime(), issue.date(), issue.items()));
		}
		text.append("\n\n").append(replies.text(turn, MessageKey.SCHEDULED_USAGE));
		return replies.html(turn, text.toString(), null);
	}

	private List<Outgoing> move(LocalDate issueDate, String date, String time, Turn turn) {
		ScheduleTimes.Parsed moment = times.parse(date, time);
		if (!(moment instanceof ScheduleTimes.Parsed.At at)) {
			return replies.html(turn, times.refusal(moment, turn, replies), null);
		}
		if (!scheduled.move(issueDate, at.instant())) {
			return replies.say(turn, MessageKey.SCHEDULE_UNKNOWN, issueDate);
		}
		LocalDateTime local = times.local(at.instant());
		return replies.say(turn, MessageKey.SCHEDULE_MOVED, issueDate, local.toLocalDate(), local.toLocalTime(),
				times.zone().getId());
	}

	private List<Outgoing> withDate(String typed, Turn turn, Function<LocalDate, List<Outgoing>> then) {
		try {
			return then.apply(LocalDate.parse(typed));
		}
		catch (DateTimeParseException ex) {
			return replies.say(turn, MessageKey.BAD_DATE, typed);
		}
	}

}
