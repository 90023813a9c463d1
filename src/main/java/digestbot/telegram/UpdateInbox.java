package digestbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import digestbot.chat.Incoming;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable intake: every update is written here before Telegram is told it arrived, and
 * deleted once it was answered. After a crash, or when the instance that took an update died,
 * the update is taken up again once its lease has run out, so no command is lost.
 */
class UpdateInbox {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration lease;

	UpdateInbox(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, Duration lease) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.lease = lease;
	}

	record Received(long updateId, Incoming incoming) {
	}

	/** Writes the updates down; returns those not seen before, in order, to be handled now. */
	List<Received> accept(List<Received> updates) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return transaction.execute(status -> {
			List<Received> fresh = new ArrayList<>();
			for (Received update : updates) {
				int inserted = jdbc.sql("""
						insert into inbox (update_id, chat_id, kind, payload, received_at, taken_until)
						select ?, ?, ?, ?, ?, ? where not exists (select 1 from inbox where update_id = ?)""")
					.params(update.updateId(), update.incoming().chatId(), kind(update.incoming()),
							JSON.writeValueAsString(update.incoming()), now, now.plus(lease), update.updateId())
					.update();
				if (inserted == 1) {
					fresh.add(update);
				}
			}
			return fresh;
		});
	}

	void done(long updateId) {
		jdbc.sql("delete from inbox where update_id = ?").param(updateId).update();
	}

	/** Takes the updates whose lease ran out, oldest first, for another lease. */
	List<Received> takeAbandoned() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Long> ids = jdbc.sql("select update_id from inbox where taken_until < ? order by update_id")
			.param(now)
			.query(Long.class)
			.list();
		List<Received> taken = new ArrayList<>();
		for (Long id : ids) {
			int claimed = jdbc.sql("update inbox set taken_until = ? where update_id = ? and taken_until < ?")
				.params(now.plus(lease), id, now)
				.update();
			if (claimed == 1) {
				jdbc.sql("select kind, payload from inbox where update_id = ?")
					.param(id)
					.query((rs, n) -> new Received(id, read(rs.getString(1), rs.getString(2))))
					.optional()
					.ifPresent(taken::add);
			}
		}
		return taken;
	}

	private static String kind(Incoming incoming) {
		return incoming instanceof Incoming.ButtonPress ? "BUTTON" : "MESSAGE";
	}

	private static Incoming read(String kind, String payload) {
		return "BUTTON".equals(kind) ? JSON.readValue(payload, Incoming.ButtonPress.class)
				: JSON.readValue(payload, Incoming.Message.class);
	}

}
