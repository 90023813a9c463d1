package digestbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Function;

import digestbot.chat.Incoming;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable intake: every update is written here before Telegram is told it arrived, and
 * marked answered once it was. After a crash, or when the instance that took an update died,
 * the update is taken up again once its lease has run out, so no command is lost.
 * <p>
 * An update is held by the instance that wrote it down or took it up, from then until its answer
 * is written down: {@link #renewHeld} extends the leases of all of them every few seconds, so no
 * other instance takes up an update that waits in a lane or is being handled, however long that
 * takes. Only an instance that cannot reach the database for a whole lease loses its hold.
 * <p>
 * The key is Telegram's update_id, and an answered update's row is kept for {@link #KEPT}
 * (without its payload): the same update arriving again, at this instance or another one
 * sharing the database, while it is handled or after, is dropped.
 */
class UpdateInbox {

	/** Telegram keeps an update for 24 hours at most: after that it never comes again. */
	static final Duration KEPT = Duration.ofHours(25);

	private static final String INSERT = """
			insert into inbox (update_id, chat_id, kind, payload, received_at, taken_until)
			select ?, ?, ?, ?, ?, ? where not exists (select 1 from inbox where update_id = ?)""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int FLUSH_SIZE = 500;

	private static final byte[] NO_PAYLOAD = new byte[0];

	private final Queue<Long> answered = new ConcurrentLinkedQueue<>();

	/** Shared by the writes that take answers from the queue; the stop's last write takes it alone. */
	private final ReentrantReadWriteLock writes = new ReentrantReadWriteLock();

	private final Set<Long> held = ConcurrentHashMap.newKeySet();

	/** When a poll's write last took the answers noted along; null before the first. */
	private volatile Instant lastWrite;

	private final JdbcClient jdbc;

	private final JdbcOperations batches;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration lease;

	UpdateInbox(JdbcClient jdbc, JdbcOperations batches, TransactionTemplate transaction, Clock clock,
			Duration lease) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.lease = lease;
	}

	record Received(long updateId, Incoming incoming) {
	}

	/**
	 * Writes the updates down; returns those not seen before, in order, to be handled now. They
	 * are held by this instance until answered or {@linkplain #letGo let go}.
	 */
	List<Received> accept(List<Received> updates) {
		return accept(updates, fresh -> null, (fresh, ex) -> null).fresh();
	}

	/**
	 * Writes the updates down, and in the same transaction the answers noted since the last
	 * commit, and does {@code alongside} with those not seen before: one commit for the poll
	 * instead of one for each. Should {@code alongside} fail, its work alone is undone (to a
	 * savepoint) and {@code otherwise} gives its result; the updates are written down all the same.
	 */
	<T> Accepted<T> accept(List<Received> updates, Function<List<Received>, T> alongside,
			BiFunction<List<Received>, RuntimeException, T> otherwise) {
		writes.readLock().lock();
		try {
			List<Object> answeredNow = drainAnswered();
			Accepted<T> accepted;
			try {
				accepted = writeDown(updates, answeredNow, alongside, otherwise);
			}
			catch (RuntimeException ex) {
				requeue(answeredNow);
				throw ex;
			}
			accepted.fresh().forEach(update -> held.add(update.updateId()));
			return accepted;
		}
		finally {
			writes.readLock().unlock();
		}
	}

	/** The updates not seen before, and what was done alongside with them. */
	record Accepted<T>(List<Received> fresh, T alongside) {
	}

	/** Stops holding updates that will not be handled here: once their lease ends, any instance takes them up. */
	void letGo(List<Received> updates) {
		updates.forEach(update -> held.remove(update.updateId()));
	}

	private <T> Accepted<T> writeDown(List<Received> updates, List<Object> answeredNow,
			Function<List<Received>, T> alongside, BiFunction<List<Received>, RuntimeException, T> otherwise) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		try {
			Accepted<T> accepted = transaction.execute(status -> {
				// One batch: a poll brings up to 100 updates, and every one of them waits for this.
				int[] inserted = batches.batchUpdate(INSERT, rows(updates, now));
				List<Received> fresh = new ArrayList<>();
				for (int i = 0; i < updates.size(); i++) {
					if (inserted[i] != 0) {
						fresh.add(updates.get(i));
					}
				}
				if (!answeredNow.isEmpty()) {
					markAnswered(answeredNow);
				}
				return new Accepted<>(fresh, alongside(status, fresh, alongside, otherwise));
			});
			answeredNow.forEach(held::remove);
			lastWrite = clock.instant();
			return accepted;
		}
		catch (DuplicateKeyException ex) {
			// Another instance wrote one of them down at the same moment: one at a time, then.
			requeue(answeredNow);
			List<Received> fresh = new ArrayList<>();
			for (Received update : updates) {
				if (insertAlone(update, now)) {
					fresh.add(update);
				}
			}
			return new Accepted<>(fresh,
					transaction.execute(status -> alongside(status, fresh, alongside, otherwise)));
		}
	}

	private static <T> T alongside(TransactionStatus status, List<Received> fresh, Function<List<Received>, T> work,
			BiFunction<List<Received>, RuntimeException, T> otherwise) {
		Object savepoint = status.createSavepoint();
		try {
			T result = work.apply(fresh);
			status.releaseSavepoint(savepoint);
			return result;
		}
		catch (RuntimeException ex) {
			// Also clears the rollback-only mark a joined transaction template left when it failed.
			status.rollbackToSavepoint(savepoint);
			return otherwise.apply(fresh, ex);
		}
	}

	private List<Object[]> rows(List<Received> updates, OffsetDateTime now) {
		List<Object[]> rows = new ArrayList<>();
		for (Received update : updates) {
			rows.add(new Object[] { update.updateId(), update.incoming().chatId(), kind(update.incoming()),
					JSON.writeValueAsBytes(update.incoming()), now, now.plus(lease), update.updateId() });
		}
		return rows;
	}

	private boolean insertAlone(Received update, OffsetDateTime now) {
		try {
			return insert(update, now);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private boolean insert(Received update, OffsetDateTime now) {
		return jdbc.sql(INSERT)
			.params(update.updateId(), update.incoming().chatId(), kind(update.incoming()),
					JSON.writeValueAsBytes(update.incoming()), now, now.plus(lease), update.updateId())
			.update() == 1;
	}

	/**
	 * Notes an update as answered; the next poll's write or {@link #flushAnswered}, whichever
	 * comes first, writes it down with the others answered meanwhile, so that an answer costs no
	 * commit of its own. Should the process
	 * die in that moment, those updates are answered again after the restart.
	 */
	void answered(long updateId) {
		answered.add(updateId);
	}

	/**
	 * Writes down the updates noted as answered, unless a poll wrote some less than
	 * {@code since} ago: under a steady stream of polls the answers ride along with their writes,
	 * and a commit of their own would only add one. Returns how many were written.
	 */
	int flushAnsweredUnlessPolledWithin(Duration since) {
		Instant written = lastWrite;
		if (written != null && written.isAfter(clock.instant().minus(since))) {
			return 0;
		}
		return flushAnswered();
	}

	/** Writes down the updates noted as answered; returns how many. */
	int flushAnswered() {
		writes.readLock().lock();
		try {
			int written = 0;
			for (List<Object> ids = drainAnswered(); !ids.isEmpty(); ids = drainAnswered()) {
				try {
					markAnswered(ids);
				}
				catch (RuntimeException ex) {
					requeue(ids);
					throw ex;
				}
				ids.forEach(held::remove);
				written += ids.size();
			}
			return written;
		}
		finally {
			writes.readLock().unlock();
		}
	}

	/**
	 * At a stop, the last write: waits, up to {@code patience}, for the writes under way (a poll's,
	 * the timer's), each of which has taken answers from the queue and writes them down or puts
	 * them back, then writes down every answer left. Without the wait, answers put back by a
	 * write that the stop interrupted came after the last write, and a restart answered them again.
	 */
	int flushAnsweredAtStop(Duration patience) {
		boolean alone = false;
		try {
			alone = writes.writeLock().tryLock(patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try {
			return flushAnswered();
		}
		finally {
			if (alone) {
				writes.writeLock().unlock();
			}
		}
	}

	/** Puts answers taken from the queue back, when writing them down failed. */
	private void requeue(List<Object> ids) {
		ids.forEach(id -> answered.add((Long) id));
	}

	/** Up to {@value #FLUSH_SIZE} of the answers noted and not yet written down, taken from the queue. */
	private List<Object> drainAnswered() {
		List<Object> ids = new ArrayList<>();
		for (Long id = answered.poll(); id != null; id = answered.poll()) {
			ids.add(id);
			if (ids.size() == FLUSH_SIZE) {
				break;
			}
		}
		return ids;
	}

	private void markAnswered(List<Object> ids) {
		jdbc.sql("update inbox set answered_at = :now, payload = :none where update_id in (:ids)")
			.param("now", OffsetDateTime.now(clock))
			.param("none", NO_PAYLOAD)
			.param("ids", ids)
			.update();
	}

	/** Extends the lease of every update this instance holds; returns how many it holds. */
	int renewHeld() {
		List<Object> ids = new ArrayList<>(held);
		OffsetDateTime until = OffsetDateTime.now(clock).plus(lease);
		for (int from = 0; from < ids.size(); from += FLUSH_SIZE) {
			List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + FLUSH_SIZE));
			jdbc.sql("update inbox set taken_until = :until where answered_at is null and update_id in (:ids)")
				.param("until", until)
				.param("ids", chunk)
				.update();
		}
		return ids.size();
	}

	/** Deletes the rows of updates answered longer ago than {@link #KEPT}. */
	int forgetAnswered() {
		return jdbc.sql("delete from inbox where answered_at < ?").param(OffsetDateTime.now(clock).minus(KEPT)).update();
	}

	/**
	 * Takes up to {@code limit} updates whose lease ran out, oldest first, to hold them; never one
	 * this instance holds already.
	 */
	List<Received> takeAbandoned(int limit) {
		if (limit <= 0) {
			return List.of();
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Long> ids = jdbc
			.sql("select update_id from inbox where answered_at is null and taken_until < ? order by update_id limit ?")
			.params(now, limit)
			.query(Long.class)
			.list();
		List<Received> taken = new ArrayList<>();
		for (Long id : ids) {
			if (held.contains(id)) {
				continue;
			}
			int claimed = jdbc.sql("""
					update inbox set taken_until = ? where update_id = ? and answered_at is null and taken_until < ?""")
				.params(now.plus(lease), id, now)
				.update();
			if (claimed == 1) {
				jdbc.sql("select kind, payload from inbox where update_id = ?")
					.param(id)
					.query((rs, n) -> new Received(id, read(rs.getString(1), rs.getBytes(2))))
					.optional()
					.ifPresent(update -> {
						held.add(id);
						taken.add(update);
					});
			}
		}
		return taken;
	}

	private static String kind(Incoming incoming) {
		if (incoming instanceof Incoming.BotMembership) {
			return "MEMBERSHIP";
		}
		return incoming instanceof Incoming.ButtonPress ? "BUTTON" : "MESSAGE";
	}

	private static Incoming read(String kind, byte[] payload) {
		return switch (kind) {
			case "BUTTON" -> JSON.readValue(payload, Incoming.ButtonPress.class);
			case "MEMBERSHIP" -> JSON.readValue(payload, Incoming.BotMembership.class);
			default -> JSON.readValue(payload, Incoming.Message.class);
		};
	}

}
