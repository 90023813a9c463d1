package digestbot.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import digestbot.subscription.Place;
import digestbot.subscription.PlaceMoved;
import digestbot.subscription.PlannedPushes;
import digestbot.subscription.PushScheduleChanged;
import digestbot.subscription.SubscriberForgotten;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The planner's own state of each place, in {@code planner_state}: the local date of the last
 * scheduled push planned for it, and the push that last picked it. {@link PushPlanner} writes it
 * in its set-based SQL; this keeps it in step with what subscribers do, in their transaction.
 */
@Component
class PlannerState implements PlannedPushes {

	// Standard MERGE: H2 2.x and PostgreSQL 15+ both take it, in one round trip.
	private static final String PLANNED_ON = """
			merge into planner_state p
			using (values (cast(:chat as bigint), cast(:thread as bigint), cast(:day as date)))
			    as v (chat_id, thread_id, planned_on)
			on p.chat_id = v.chat_id and p.thread_id = v.thread_id
			when matched and (p.last_planned_on is null or p.last_planned_on < v.planned_on) then
			    update set last_planned_on = v.planned_on
			when not matched then
			    insert (chat_id, thread_id, last_planned_on) values (v.chat_id, v.thread_id, v.planned_on)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	PlannerState(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<LocalDate> lastPlannedOn(Place place) {
		return jdbc.sql("""
				select last_planned_on from planner_state
				where chat_id = ? and thread_id = ? and last_planned_on is not null""")
			.params(place.chatId(), place.threadId())
			.query(LocalDate.class)
			.optional();
	}

	/**
	 * A push time that has already come today (from its first minute on, as the planner compares)
	 * counts today's push as planned, so the next one comes at the push time tomorrow.
	 */
	@EventListener
	void scheduleChanged(PushScheduleChanged changed) {
		ZonedDateTime now = clock.instant().atZone(changed.zone());
		if (changed.pushTime() == null
				|| now.toLocalTime().truncatedTo(ChronoUnit.MINUTES).isBefore(changed.pushTime())) {
			return;
		}
		jdbc.sql(PLANNED_ON)
			.param("chat", changed.place().chatId())
			.param("thread", changed.place().threadId())
			.param("day", now.toLocalDate())
			.update();
	}

	@EventListener
	void forgotten(SubscriberForgotten forgotten) {
		jdbc.sql("delete from planner_state where chat_id = ? and thread_id = ?")
			.params(forgotten.place().chatId(), forgotten.place().threadId())
			.update();
	}

	/** A group became a supergroup: its state moves to the new id, replacing any the new id had. */
	@EventListener
	void moved(PlaceMoved moved) {
		jdbc.sql("delete from planner_state where chat_id = ?").param(moved.toChatId()).update();
		jdbc.sql("update planner_state set chat_id = ? where chat_id = ?")
			.params(moved.toChatId(), moved.fromChatId())
			.update();
	}

}
