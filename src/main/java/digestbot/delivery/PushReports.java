package digestbot.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import digestbot.subscription.Place;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The push as the admin sees it: reports of recent pushes, and a push to everyone now. */
@Service
public class PushReports {

	// A place is a chat and a thread: counted as the one text "chat/thread".
	private static final String REPORT = """
			select p.id, p.kind, p.planned_at, p.planned,
			count(distinct cast(d.chat_id as varchar(20)) || '/' || cast(d.thread_id as varchar(20))),
			coalesce(sum(case when d.state = 'SENT' then 1 else 0 end), 0),
			coalesce(sum(case when d.state = 'FAILED' then 1 else 0 end), 0),
			count(distinct case when d.state = 'CANCELLED'
			then cast(d.chat_id as varchar(20)) || '/' || cast(d.thread_id as varchar(20)) end),
			coalesce(sum(case when d.state in ('PENDING', 'SENDING') then 1 else 0 end), 0),
			min(d.sent_at), max(d.sent_at)
			from push p left join delivery d on d.push_id = p.id
			where p.id in (select id from push order by id desc limit ?)
			group by p.id, p.kind, p.planned_at, p.planned
			order by p.id desc""";

	private static final String MESSAGES = """
			select count(*) from (select distinct chat_id, thread_id, message_no from delivery
			where push_id = ? and state = 'SENT') m""";

	private final JdbcClient jdbc;

	private final PushPlanner planner;

	PushReports(JdbcClient jdbc, PushPlanner planner) {
		this.jdbc = jdbc;
		this.planner = planner;
	}

	/** The reports of the last {@code n} pushes, newest first. */
	public List<PushReport> lastReports(int n) {
		if (n <= 0) {
			return List.of();
		}
		return jdbc.sql(REPORT).param(n).query(this::report).list();
	}

	/** When the place was last sent a push message, if ever. */
	public Optional<Instant> lastSentAt(Place place) {
		return jdbc.sql("select max(sent_at) from delivery where chat_id = ? and thread_id = ? and state = 'SENT'")
			.params(place.chatId(), place.threadId())
			.query((rs, n) -> instant(rs, 1))
			.optional();
	}

	/**
	 * Plans a push to every active, unpaused subscriber with topics, whatever their push time:
	 * the items of their topics they did not get yet. Sending starts at once.
	 * @return the new push's report, nothing sent yet
	 */
	public PushReport pushNow() {
		PushPlanned planned = planner.planAll();
		return lastReports(1).stream()
			.filter(report -> report.id() == planned.pushId())
			.findFirst()
			.orElseThrow();
	}

	private PushReport report(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong(1);
		int messages = jdbc.sql(MESSAGES).param(id).query(Integer.class).single();
		return new PushReport(id, PushReport.Kind.valueOf(rs.getString(2)), instant(rs, 3), rs.getInt(4), rs.getInt(5),
				rs.getInt(6), messages, rs.getInt(7), rs.getInt(8), rs.getInt(9), instant(rs, 10), instant(rs, 11));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
