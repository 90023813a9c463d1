package digestbot.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The local day of a place's next scheduled push. The planner pushes a place once a local day, in
 * the first minute its push time has come and it was not yet planned that day (which it keeps,
 * see {@link PlannedPushes}); a push time that came before the chat was planned is caught up at
 * once, which is right for a bot that was down, not for a reader who just arrived: the planner
 * hears of those from {@link PushScheduleChanged}.
 */
final class PushDays {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PlannedPushes planned;

	private final ApplicationEventPublisher events;

	PushDays(JdbcClient jdbc, Clock clock, PlannedPushes planned, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.planned = planned;
		this.events = events;
	}

	/**
	 * Tells the planner that the place's pushes start, resume or move, so that a reader who does so
	 * in the evening gets the next push at their push time, not within the minute.
	 */
	void changed(Place place) {
		Schedule schedule = schedule(place);
		events.publishEvent(new PushScheduleChanged(place, schedule.pushTime(), schedule.zone()));
	}

	NextPush next(Place place) {
		Schedule schedule = schedule(place);
		if (schedule.pushTime() == null) {
			return new NextPush(null, false, schedule.paused());
		}
		ZonedDateTime now = clock.instant().atZone(schedule.zone());
		LocalDate last = planned.lastPlannedOn(place).orElse(null);
		boolean today = !came(schedule.pushTime(), now) && (last == null || last.isBefore(now.toLocalDate()));
		return new NextPush(schedule.pushTime(), today, schedule.paused());
	}

	// As the planner compares: the push time has come from its first minute on.
	private static boolean came(LocalTime pushTime, ZonedDateTime now) {
		return !now.toLocalTime().truncatedTo(ChronoUnit.MINUTES).isBefore(pushTime);
	}

	private Schedule schedule(Place place) {
		return jdbc.sql("select push_time, time_zone, paused from subscriber where chat_id = ? and thread_id = ?")
			.params(place.chatId(), place.threadId())
			.query(PushDays::schedule)
			.single();
	}

	private static Schedule schedule(ResultSet rs, int n) throws SQLException {
		String time = rs.getString(1);
		return new Schedule(time == null ? null : LocalTime.parse(time), ZoneId.of(rs.getString(2)), rs.getBoolean(3));
	}

	private record Schedule(LocalTime pushTime, ZoneId zone, boolean paused) {
	}

}
