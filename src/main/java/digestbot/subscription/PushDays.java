package digestbot.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The local day of a chat's next scheduled push. The planner pushes a chat once a local day, in
 * the first minute its push time has come and it was not yet planned that day
 * ({@code last_planned_on}); a push time that came before the chat was planned is caught up at
 * once, which is right for a bot that was down, not for a reader who just arrived.
 */
final class PushDays {

	private final JdbcClient jdbc;

	private final Clock clock;

	PushDays(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts today's push as had when the chat's push time has already come today, so that a
	 * reader who starts, resumes or moves their push time in the evening gets the next push at
	 * their push time, not within the minute.
	 */
	void skipTodayIfPushTimeCame(long chatId) {
		Schedule schedule = schedule(chatId);
		ZonedDateTime now = clock.instant().atZone(schedule.zone());
		if (came(schedule.pushTime(), now)) {
			LocalDate today = now.toLocalDate();
			jdbc.sql("""
					update subscriber set last_planned_on = ?
					where chat_id = ? and (last_planned_on is null or last_planned_on < ?)""")
				.params(today, chatId, today)
				.update();
		}
	}

	NextPush next(long chatId) {
		Schedule schedule = schedule(chatId);
		ZonedDateTime now = clock.instant().atZone(schedule.zone());
		LocalDate last = schedule.lastPlannedOn();
		boolean today = !came(schedule.pushTime(), now) && (last == null || last.isBefore(now.toLocalDate()));
		return new NextPush(schedule.pushTime(), today, schedule.paused());
	}

	// As the planner compares: the push time has come from its first minute on.
	private static boolean came(LocalTime pushTime, ZonedDateTime now) {
		return !now.toLocalTime().truncatedTo(ChronoUnit.MINUTES).isBefore(pushTime);
	}

	private Schedule schedule(long chatId) {
		return jdbc.sql("select push_time, time_zone, paused, last_planned_on from subscriber where chat_id = ?")
			.param(chatId)
			.query(PushDays::schedule)
			.single();
	}

	private static Schedule schedule(ResultSet rs, int n) throws SQLException {
		return new Schedule(LocalTime.parse(rs.getString(1)), ZoneId.of(rs.getString(2)), rs.getBoolean(3),
				rs.getObject(4, LocalDate.class));
	}

	private record Schedule(LocalTime pushTime, ZoneId zone, boolean paused, LocalDate lastPlannedOn) {
	}

}
