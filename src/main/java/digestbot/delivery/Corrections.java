package digestbot.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static digestbot.delivery.Outbox.utc;

/**
 * Corrections as the admin sees them: the one offered after an issue was published again with
 * delivered items changed, sending it, and the reports of the last ones.
 */
@Service
public class Corrections {

	private static final String REPORT = """
			select c.id, c.issue_date, c.started_at, count(e.id),
			coalesce(sum(case when e.state = 'EDITED' then 1 else 0 end), 0),
			coalesce(sum(case when e.state = 'UNCHANGED' then 1 else 0 end), 0),
			coalesce(sum(case when e.state = 'GONE' then 1 else 0 end), 0),
			coalesce(sum(case when e.state = 'FAILED' then 1 else 0 end), 0),
			coalesce(sum(case when e.state in ('OFFERED', 'PENDING', 'SENDING') then 1 else 0 end), 0)
			from correction c left join correction_edit e on e.correction_id = c.id
			where c.id in (select id from correction order by id desc limit ?)
			group by c.id, c.issue_date, c.started_at order by c.id desc""";

	private final JdbcClient jdbc;

	private final CorrectionDispatcher dispatcher;

	private final Clock clock;

	Corrections(JdbcClient jdbc, CorrectionDispatcher dispatcher, Clock clock) {
		this.jdbc = jdbc;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	/** The newest correction of the issue of that date that no admin has sent yet. */
	public Optional<CorrectionOffer> offered(LocalDate issueDate) {
		return jdbc.sql("""
				select c.id, c.issue_date, count(e.id),
				count(distinct cast(e.chat_id as varchar(20)) || '/' || cast(e.thread_id as varchar(20)))
				from correction c join correction_edit e on e.correction_id = c.id
				where c.issue_date = ? and c.started_at is null
				group by c.id, c.issue_date order by c.id desc limit 1""")
			.param(issueDate)
			.query((rs, n) -> new CorrectionOffer(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
					rs.getInt(4)))
			.optional();
	}

	/**
	 * Sends the correction: its edits are made from now on, and so are those of every earlier
	 * correction of the same issue not yet sent, before its own (a place's edits go in order), so
	 * that each message ends with the newest text.
	 * @return how many messages are to be edited; empty when there is no such correction, or it
	 * was sent already
	 */
	@Transactional
	public Optional<Integer> send(long correctionId, long adminId) {
		Optional<LocalDate> date = jdbc.sql("select issue_date from correction where id = ? and started_at is null")
			.param(correctionId)
			.query(LocalDate.class)
			.optional();
		if (date.isEmpty()) {
			return Optional.empty();
		}
		OffsetDateTime now = utc(clock.instant());
		// Two admins pressing at once: the row's lock lets one of them start it.
		int started = jdbc.sql("update correction set started_at = ?, started_by = ? where id = ? and started_at is null")
			.params(now, adminId, correctionId)
			.update();
		if (started == 0) {
			return Optional.empty();
		}
		jdbc.sql("""
				update correction set started_at = ?, started_by = ?
				where issue_date = ? and id < ? and started_at is null""")
			.params(now, adminId, date.get(), correctionId)
			.update();
		int edits = jdbc.sql("""
				update correction_edit set state = 'PENDING', next_attempt_at = ? where state = 'OFFERED'
				and correction_id in (select id from correction where issue_date = ? and id <= ?)""")
			.params(now, date.get(), correctionId)
			.update();
		dispatcher.wake();
		return Optional.of(edits);
	}

	/** The last {@code n} corrections, newest first. */
	public List<CorrectionReport> lastReports(int n) {
		if (n <= 0) {
			return List.of();
		}
		return jdbc.sql(REPORT).param(n).query(this::report).list();
	}

	private CorrectionReport report(ResultSet rs, int row) throws SQLException {
		OffsetDateTime started = rs.getObject(3, OffsetDateTime.class);
		return new CorrectionReport(rs.getLong(1), rs.getObject(2, LocalDate.class),
				started == null ? null : started.toInstant(), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
				rs.getInt(8), rs.getInt(9));
	}

}
