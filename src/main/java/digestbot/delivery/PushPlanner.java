package digestbot.delivery;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import static digestbot.delivery.Outbox.utc;

/**
 * Plans pushes into the outbox, in set-based SQL. Per time zone, the local date and time are
 * computed here and one query finds the subscribers whose push time has come today and who were
 * not planned for that local date (so a bot that was down at push time catches up later the same
 * day). They are planned in slices of consecutive chat ids, each slice one transaction that marks
 * its subscribers planned and inserts their deliveries: a crash between two slices leaves the
 * rest unmarked for the next minute's run, and no slice's transaction grows with the push (a
 * single transaction of half a million rows costs H2 twice the time). Slices of several
 * instances take turns on a lock row.
 */
@Component
class PushPlanner {

	private static final Logger log = LoggerFactory.getLogger(PushPlanner.class);

	private static final int SLICE = 2_000;

	// push_time is stored 'HH:MM', so it compares as text.
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private static final String DUE = """
			time_zone = ? and active and not paused and push_time <= ?
			and (last_planned_on is null or last_planned_on < ?)""";

	private static final String WITH_TOPICS = """
			active and not paused and exists (select 1 from subscription t where t.chat_id = subscriber.chat_id)""";

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Outbox outbox;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PushPlanner(JdbcClient jdbc, TransactionOperations transactions, Outbox outbox, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.outbox = outbox;
		this.clock = clock;
		this.events = events;
	}

	/** Plans the subscribers whose push time has come; the push, if it planned anything. */
	Optional<PushPlanned> planDue() {
		Instant now = clock.instant();
		Long pushId = null;
		int planned = 0;
		for (String zoneId : zones()) {
			Optional<ZonedDateTime> local = localTime(zoneId, now);
			if (local.isEmpty()) {
				continue;
			}
			Object[] due = { zoneId, HH_MM.format(local.get()), local.get().toLocalDate() };
			List<Long> chats = chats(DUE, due);
			for (int from = 0; from < chats.size(); from += SLICE) {
				pushId = (pushId != null) ? pushId : startPush(PushReport.Kind.SCHEDULED, now);
				List<Long> slice = chats.subList(from, Math.min(chats.size(), from + SLICE));
				planned += planSlice(pushId, now, slice, "last_planned_on = ?, ", local.get().toLocalDate(), DUE, due);
			}
		}
		if (pushId != null && planned == 0) {
			jdbc.sql("delete from push where id = ? and planned = 0").param(pushId).update();
		}
		return (planned > 0) ? Optional.of(publish(new PushPlanned(pushId, planned))) : Optional.empty();
	}

	/** Plans every active, unpaused subscriber with topics now, whatever their push time. */
	PushPlanned planAll() {
		Instant now = clock.instant();
		long pushId = startPush(PushReport.Kind.NOW, now);
		List<Long> chats = chats(WITH_TOPICS);
		int planned = 0;
		for (int from = 0; from < chats.size(); from += SLICE) {
			List<Long> slice = chats.subList(from, Math.min(chats.size(), from + SLICE));
			planned += planSlice(pushId, now, slice, "", null, WITH_TOPICS);
		}
		return publish(new PushPlanned(pushId, planned));
	}

	/**
	 * Marks the subscribers of the slice's chat id range who still match {@code condition} as
	 * picked by the push, and plans their deliveries, in one transaction.
	 */
	private int planSlice(long pushId, Instant now, List<Long> slice, String setPlannedOn, Object plannedOn,
			String condition, Object... conditionParams) {
		long first = slice.get(0);
		long last = slice.get(slice.size() - 1);
		Integer planned = transactions.execute(status -> {
			jdbc.sql("select id from push_planner_lock where id = 1 for update").query(Integer.class).single();
			List<Object> params = new ArrayList<>();
			if (plannedOn != null) {
				params.add(plannedOn);
			}
			params.addAll(List.of(pushId, first, last));
			params.addAll(List.of(conditionParams));
			int picked = jdbc.sql("update subscriber set " + setPlannedOn + "last_push_id = ? "
					+ "where chat_id between ? and ? and " + condition).params(params).update();
			int deliveries = (picked > 0) ? outbox.plan(pushId, now, first, last) : 0;
			jdbc.sql("update push set planned = planned + ? where id = ?").params(deliveries, pushId).update();
			return deliveries;
		});
		return (planned != null) ? planned : 0;
	}

	private long startPush(PushReport.Kind kind, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into push (kind, planned_at, planned) values (?, ?, 0)")
			.params(kind.name(), utc(now))
			.update(key, "id");
		return key.getKey().longValue();
	}

	private List<String> zones() {
		return jdbc.sql("select distinct time_zone from subscriber where active and not paused")
			.query(String.class)
			.list();
	}

	private List<Long> chats(String condition, Object... params) {
		return jdbc.sql("select chat_id from subscriber where " + condition + " order by chat_id")
			.params(params)
			.query(Long.class)
			.list();
	}

	private static Optional<ZonedDateTime> localTime(String zoneId, Instant now) {
		try {
			return Optional.of(now.atZone(ZoneId.of(zoneId)));
		}
		catch (DateTimeException ex) {
			log.warn("Subscribers with the unknown time zone '{}' get no push", zoneId);
			return Optional.empty();
		}
	}

	private PushPlanned publish(PushPlanned planned) {
		log.info("Push {} planned {} deliveries", planned.pushId(), planned.planned());
		events.publishEvent(planned);
		return planned;
	}

}
