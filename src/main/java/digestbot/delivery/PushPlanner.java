package digestbot.delivery;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

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
 * its places planned (in {@code planner_state}, this package's own) and inserts their deliveries:
 * a crash between two slices leaves the rest unmarked for the next minute's run, and no slice's
 * transaction grows with the push (a single transaction of half a million rows costs H2 twice the
 * time). Slices of several instances take turns on a lock row.
 */
@Component
class PushPlanner {

	private static final Logger log = LoggerFactory.getLogger(PushPlanner.class);

	private static final int SLICE = 2_000;

	// H2 stores the pages a transaction changed while it runs once they take more than its write
	// buffer (19 MB of pages in memory, less with a heap under 300 MB), and the commit then
	// changes and stores them again: a slice of 2,000 chats (10,000 deliveries) went past it, and
	// planning 100,000 wrote twice the bytes that slices of 500 write.
	private static final int H2_SLICE = 500;

	// push_time is stored 'HH:MM', so it compares as text.
	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Outbox outbox;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final int sliceSize;

	PushPlanner(JdbcClient jdbc, TransactionOperations transactions, Outbox outbox, Clock clock,
			ApplicationEventPublisher events, DataSource dataSource) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.outbox = outbox;
		this.clock = clock;
		this.events = events;
		this.sliceSize = PushRateBuckets.isPostgres(dataSource) ? SLICE : H2_SLICE;
	}

	/**
	 * Plans the subscribers whose push time has come; the push, if it planned anything. The time
	 * zones' chats are sliced together, in one order: sliced zone by zone, each slice's range of
	 * chat ids would hold the chats of the zones planned before, and the outbox would read them
	 * all again to find they have their deliveries already.
	 */
	Optional<PushPlanned> planDue() {
		Instant now = clock.instant();
		List<Picked> due = new ArrayList<>();
		for (String zoneId : zones()) {
			localTime(zoneId, now).ifPresent(local -> {
				Pick pick = Pick.due(zoneId, HH_MM.format(local), local.toLocalDate());
				List<Long> chats = chats(pick, null);
				if (!chats.isEmpty()) {
					due.add(new Picked(pick, chats));
				}
			});
		}
		if (due.isEmpty()) {
			return Optional.empty();
		}
		long pushId = startPush(PushReport.Kind.SCHEDULED, now);
		int planned = planInSlices(pushId, now, due);
		if (planned == 0) {
			jdbc.sql("delete from push where id = ? and planned = 0").param(pushId).update();
			return Optional.empty();
		}
		return Optional.of(publish(new PushPlanned(pushId, planned)));
	}

	/** Plans every active, unpaused subscriber with topics now, whatever their push time. */
	PushPlanned planAll() {
		Instant now = clock.instant();
		long pushId = startPush(PushReport.Kind.NOW, now);
		int planned = planInSlices(pushId, now, List.of(new Picked(Pick.ALL, chats(Pick.ALL, pushId))));
		return publish(new PushPlanned(pushId, planned));
	}

	/**
	 * Plans the picked chats slice by slice ({@link #planSlice}), in the order of their ids; how
	 * many deliveries it planned.
	 */
	private int planInSlices(long pushId, Instant now, List<Picked> picks) {
		long[] chats = picks.stream()
			.flatMap(picked -> picked.chats().stream())
			.mapToLong(Long::longValue)
			.sorted()
			.distinct()
			.toArray();
		int planned = 0;
		for (int from = 0; from < chats.length; from += sliceSize) {
			long first = chats[from];
			long last = chats[Math.min(chats.length, from + sliceSize) - 1];
			List<Pick> inSlice = picks.stream()
				.filter(picked -> picked.hasChatBetween(first, last))
				.map(Picked::pick)
				.toList();
			planned += planSlice(pushId, now, first, last, inSlice);
		}
		return planned;
	}

	/**
	 * Plans the places pushed at each issue's publication (channels without a time of their own):
	 * the items of their topics they did not get yet. Runs in the transaction that stores the
	 * issue. The push, if it planned anything.
	 */
	Optional<PushPlanned> planAtPublication() {
		Instant now = clock.instant();
		// Most publications have no channel to push to: no push is started for them.
		if (jdbc.sql("select count(*) from subscriber s where " + Pick.AT_PUBLICATION.subscribers())
			.query(Integer.class)
			.single() == 0) {
			return Optional.empty();
		}
		long pushId = startPush(PushReport.Kind.PUBLISHED, now);
		int planned = planInSlices(pushId, now,
				List.of(new Picked(Pick.AT_PUBLICATION, chats(Pick.AT_PUBLICATION, pushId))));
		if (planned == 0) {
			jdbc.sql("delete from push where id = ? and planned = 0").param(pushId).update();
			return Optional.empty();
		}
		return Optional.of(publish(new PushPlanned(pushId, planned)));
	}

	/**
	 * Marks the chats of the slice's chat id range that the picks still pick as picked by the
	 * push, and plans their deliveries, in one transaction.
	 */
	private int planSlice(long pushId, Instant now, long first, long last, List<Pick> picks) {
		Integer planned = transactions.execute(status -> {
			jdbc.sql("select id from push_planner_lock where id = 1 for update").query(Integer.class).single();
			int picked = 0;
			for (Pick pick : picks) {
				picked += mark(pushId, first, last, pick);
			}
			int deliveries = (picked > 0) ? outbox.plan(pushId, now, first, last) : 0;
			jdbc.sql("update push set planned = planned + ? where id = ?").params(deliveries, pushId).update();
			return deliveries;
		});
		return (planned != null) ? planned : 0;
	}

	/**
	 * Marks the places of a chat id range that the pick still picks as picked by the push; how
	 * many. A chat the planner never saw gets its row here.
	 */
	private int mark(long pushId, long first, long last, Pick pick) {
		Map<String, Object> params = new HashMap<>(pick.params());
		params.put("push", pushId);
		params.put("first", first);
		params.put("last", last);
		boolean scheduled = params.containsKey("day");
		int picked = jdbc.sql("insert into planner_state (chat_id, thread_id, "
				+ (scheduled ? "last_planned_on, " : "") + "last_push_id) select s.chat_id, s.thread_id, "
				+ (scheduled ? ":day, " : "") + ":push from subscriber s "
				+ "where s.chat_id between :first and :last and " + pick.subscribers()
				+ " and not exists (select 1 from planner_state p where p.chat_id = s.chat_id"
				+ " and p.thread_id = s.thread_id)")
			.params(params)
			.update();
		return picked + jdbc.sql("update planner_state p set " + (scheduled ? "last_planned_on = :day, " : "")
				+ "last_push_id = :push where p.chat_id between :first and :last and " + pick.state()
				+ " and exists (select 1 from subscriber s where s.chat_id = p.chat_id"
				+ " and s.thread_id = p.thread_id and " + pick.subscribers() + ")")
			.params(params)
			.update();
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

	/**
	 * The chats of the places the pick picks, in order; {@code pushId} is null before the push has
	 * started. A slice takes whole chats: all the threads of a forum together.
	 */
	private List<Long> chats(Pick pick, Long pushId) {
		Map<String, Object> params = new HashMap<>(pick.params());
		params.put("push", pushId);
		return jdbc.sql("select distinct s.chat_id from subscriber s left join planner_state p on p.chat_id = s.chat_id"
				+ " and p.thread_id = s.thread_id where " + pick.subscribers() + " and " + pick.state()
				+ " order by s.chat_id")
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

	/** A pick and the chats it picked, in order. */
	private record Picked(Pick pick, List<Long> chats) {

		boolean hasChatBetween(long first, long last) {
			int found = Collections.binarySearch(chats, first);
			int at = (found >= 0) ? found : -found - 1;
			return at < chats.size() && chats.get(at) <= last;
		}

	}

	/**
	 * Whom a push picks: subscribers ({@code s}) matching {@code subscribers} whose planner state
	 * ({@code p}, all null for a chat never planned) matches {@code state}. A scheduled push's
	 * parameters hold the local {@code day} it is planned for, which it marks.
	 */
	private record Pick(String subscribers, String state, Map<String, Object> params) {

		/** Everyone active, unpaused and following a topic, not yet picked by this push. */
		static final Pick ALL = new Pick(
				"s.active and not s.paused and exists (select 1 from subscription t where t.chat_id = s.chat_id"
						+ " and t.thread_id = s.thread_id)",
				"(p.last_push_id is null or p.last_push_id <> :push)", Map.of());

		/** Those pushed at each publication, with topics, not yet picked by this push. */
		static final Pick AT_PUBLICATION = new Pick(
				"s.active and not s.paused and s.push_time is null and exists (select 1 from subscription t"
						+ " where t.chat_id = s.chat_id and t.thread_id = s.thread_id)",
				"(p.last_push_id is null or p.last_push_id <> :push)", Map.of());

		/** Those of a time zone whose push time has come on their local day and were not planned that day. */
		static Pick due(String zone, String time, LocalDate day) {
			return new Pick("s.time_zone = :zone and s.active and not s.paused and s.push_time <= :time",
					"(p.last_planned_on is null or p.last_planned_on < :day)",
					Map.of("zone", zone, "time", time, "day", day));
		}

	}

}
