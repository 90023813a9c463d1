package digestbot.delivery;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
 * Plans pushes into the outbox, in set-based SQL: a statement per time zone picks the
 * subscribers whose local push time has come today and who were not planned for that local
 * date (so a bot that was down at push time catches up later the same day), then one statement
 * plans their deliveries. Planners of several instances take turns on a lock row.
 */
@Component
class PushPlanner {

	private static final Logger log = LoggerFactory.getLogger(PushPlanner.class);

	// push_time is stored 'HH:MM', so it compares as text.
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private static final String PICK_DUE = """
			update subscriber set last_planned_on = ?, last_push_id = ?
			where time_zone = ? and active and not paused and push_time <= ?
			and (last_planned_on is null or last_planned_on < ?)""";

	private static final String PICK_ALL = """
			update subscriber set last_push_id = ? where active and not paused
			and exists (select 1 from subscription t where t.chat_id = subscriber.chat_id)""";

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
		PushPlanned planned = transactions.execute(status -> {
			long pushId = startPush(PushReport.Kind.SCHEDULED, now);
			int picked = 0;
			for (String zoneId : zones()) {
				picked += pickDue(zoneId, now, pushId);
			}
			int deliveries = (picked > 0) ? outbox.plan(pushId, now) : 0;
			if (deliveries == 0) {
				jdbc.sql("delete from push where id = ?").param(pushId).update();
				return null;
			}
			return finish(pushId, deliveries);
		});
		return publish(planned);
	}

	/** Plans every active, unpaused subscriber with topics now, whatever their push time. */
	PushPlanned planAll() {
		Instant now = clock.instant();
		PushPlanned planned = transactions.execute(status -> {
			long pushId = startPush(PushReport.Kind.NOW, now);
			jdbc.sql(PICK_ALL).param(pushId).update();
			return finish(pushId, outbox.plan(pushId, now));
		});
		return publish(planned).orElseThrow();
	}

	private long startPush(PushReport.Kind kind, Instant now) {
		jdbc.sql("select id from push_planner_lock where id = 1 for update").query(Integer.class).single();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into push (kind, planned_at, planned) values (?, ?, 0)")
			.params(kind.name(), utc(now))
			.update(key, "id");
		return key.getKey().longValue();
	}

	private PushPlanned finish(long pushId, int deliveries) {
		jdbc.sql("update push set planned = ? where id = ?").params(deliveries, pushId).update();
		return new PushPlanned(pushId, deliveries);
	}

	private List<String> zones() {
		return jdbc.sql("select distinct time_zone from subscriber where active and not paused")
			.query(String.class)
			.list();
	}

	private int pickDue(String zoneId, Instant now, long pushId) {
		ZonedDateTime local;
		try {
			local = now.atZone(ZoneId.of(zoneId));
		}
		catch (DateTimeException ex) {
			log.warn("Subscribers with the unknown time zone '{}' get no push", zoneId);
			return 0;
		}
		return jdbc.sql(PICK_DUE)
			.params(local.toLocalDate(), pushId, zoneId, HH_MM.format(local), local.toLocalDate())
			.update();
	}

	private Optional<PushPlanned> publish(PushPlanned planned) {
		if (planned != null) {
			log.info("Push {} planned {} deliveries", planned.pushId(), planned.planned());
			events.publishEvent(planned);
		}
		return Optional.ofNullable(planned);
	}

}
