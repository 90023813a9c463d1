package digestbot.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import digestbot.delivery.CorrectionPlanner.Change;
import digestbot.subscription.Place;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

import static digestbot.delivery.Outbox.utc;

/**
 * The messages a correction edits, claimed as the {@link Outbox} claims deliveries: the due rows
 * of whole chats, locked with {@code FOR UPDATE SKIP LOCKED}, stamped with a token and a lease,
 * PENDING again when the lease ran out or their instance starts again. An edit is settled once:
 * EDITED, UNCHANGED, GONE or FAILED, and never tried again after that.
 */
@Repository
class CorrectionEdits {

	private static final int MAX_ERROR_LENGTH = 500;

	private static final String DUE_CHATS = """
			select e.chat_id from correction_edit e where e.state = 'PENDING' and e.next_attempt_at <= ?
			and not exists (select 1 from correction_edit o where o.chat_id = e.chat_id and o.state = 'SENDING')
			order by e.state, e.next_attempt_at limit ?""";

	private static final String HAND_BACK = """
			update correction_edit set state = 'PENDING', claimed_by = null, claimed_until = null, next_attempt_at = ?
			where chat_id = ? and thread_id = ? and state = 'SENDING' and claimed_by = ?""";

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	CorrectionEdits(JdbcClient jdbc, TransactionOperations transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Claims the due edits of up to {@code chats} chats, skipping chats with an edit being made. */
	List<EditClaim> claim(int chats, Instant now, Instant leaseEnd, String token) {
		List<EditClaim> claims = transactions.execute(status -> claimInTransaction(chats, now, leaseEnd, token));
		return (claims != null) ? claims : List.of();
	}

	/** Makes the edits of expired claims PENDING again; they may have been made. */
	int recoverExpired(Instant now) {
		return jdbc.sql("""
				update correction_edit set state = 'PENDING', claimed_by = null, claimed_until = null
				where state = 'SENDING' and claimed_until < ?""").param(utc(now)).update();
	}

	/** Makes the edits claimed under this instance's name PENDING again: it stopped while holding them. */
	int recoverOwn(String instanceId) {
		String prefix = instanceId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%";
		return jdbc.sql("""
				update correction_edit set state = 'PENDING', claimed_by = null, claimed_until = null
				where state = 'SENDING' and claimed_by like ? escape '\\'""").param(prefix).update();
	}

	/** Keeps the claim until {@code leaseEnd}; false when it is no longer this sender's. */
	boolean extend(EditClaim claim, Instant leaseEnd) {
		return jdbc.sql("""
				update correction_edit set claimed_until = ?
				where chat_id = ? and thread_id = ? and state = 'SENDING' and claimed_by = ?""")
			.params(utc(leaseEnd), claim.place().chatId(), claim.place().threadId(), claim.token())
			.update() > 0;
	}

	/** Gives the claim's edits not settled back, due at {@code at}. */
	void release(EditClaim claim, Instant at) {
		jdbc.sql(HAND_BACK).params(utc(at), claim.place().chatId(), claim.place().threadId(), claim.token()).update();
	}

	void edited(ClaimedEdit edit, Instant now) {
		settle(edit, "EDITED", null, now);
	}

	void unchanged(ClaimedEdit edit, Instant now) {
		settle(edit, "UNCHANGED", null, now);
	}

	/** The message or its chat is gone: counted, never tried again. */
	void gone(ClaimedEdit edit, String reason, Instant now) {
		settle(edit, "GONE", reason, now);
	}

	/** Telegram refuses the edit for good, or it failed too often: counted, never tried again. */
	void failed(ClaimedEdit edit, String reason, Instant now) {
		settle(edit, "FAILED", reason, now);
	}

	/** A try failed and another is due at {@code retryAt}. */
	void retry(ClaimedEdit edit, String error, Instant retryAt) {
		jdbc.sql("""
				update correction_edit set state = 'PENDING', attempts = attempts + 1, last_error = ?,
				next_attempt_at = ?, claimed_by = null, claimed_until = null where id = ? and state = 'SENDING'""")
			.params(truncate(error), utc(retryAt), edit.id())
			.update();
	}

	/** The items of a correction as it shows them, by their ids when sent. */
	Map<Long, CorrectedItem> items(long correctionId) {
		Map<Long, CorrectedItem> items = new HashMap<>();
		jdbc.sql("""
				select item_id, kind, issue_date, number, section_title, topics, text, html, body, tail
				from correction_item where correction_id = ?""").param(correctionId).query(rs -> {
			String topics = rs.getString(6);
			items.put(rs.getLong(1), new CorrectedItem(rs.getLong(1), Change.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getString(5),
					topics.isEmpty() ? List.of() : List.of(topics.split("\n")), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10)));
		});
		return items;
	}

	private void settle(ClaimedEdit edit, String state, String error, Instant now) {
		jdbc.sql("""
				update correction_edit set state = ?, attempts = attempts + 1, last_error = ?, edited_at = ?,
				claimed_by = null, claimed_until = null where id = ? and state = 'SENDING'""")
			.params(state, error == null ? null : truncate(error), utc(now), edit.id())
			.update();
	}

	private List<EditClaim> claimInTransaction(int chats, Instant now, Instant leaseEnd, String token) {
		Set<Long> chatIds = new LinkedHashSet<>();
		for (Long chatId : jdbc.sql(DUE_CHATS).params(utc(now), chats * 10).query(Long.class).list()) {
			if (chatIds.size() < chats) {
				chatIds.add(chatId);
			}
		}
		if (chatIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> lockedByChat = new HashMap<>();
		jdbc.sql("select id, chat_id from correction_edit where state = 'PENDING' and next_attempt_at <= :now "
				+ "and chat_id in (:chats) for update skip locked")
			.param("now", utc(now))
			.param("chats", chatIds)
			.query(rs -> {
				lockedByChat.computeIfAbsent(rs.getLong(2), chat -> new ArrayList<>()).add(rs.getLong(1));
			});
		List<Long> locked = wholeChats(lockedByChat, now);
		if (locked.isEmpty()) {
			return List.of();
		}
		jdbc.sql("update correction_edit set state = 'SENDING', claimed_by = :token, claimed_until = :until "
				+ "where id in (:ids)")
			.param("token", token)
			.param("until", utc(leaseEnd))
			.param("ids", locked)
			.update();
		return load(token, leaseEnd, chatIds);
	}

	/** As {@link Outbox}: a chat of which another claim holds a row is left whole to that claim. */
	private List<Long> wholeChats(Map<Long, List<Long>> lockedByChat, Instant now) {
		if (lockedByChat.isEmpty()) {
			return List.of();
		}
		Map<Long, Integer> dueOrSending = new HashMap<>();
		jdbc.sql("""
				select chat_id, count(*) from correction_edit where chat_id in (:chats)
				and ((state = 'PENDING' and next_attempt_at <= :now) or state = 'SENDING') group by chat_id""")
			.param("chats", lockedByChat.keySet())
			.param("now", utc(now))
			.query(rs -> {
				dueOrSending.put(rs.getLong(1), rs.getInt(2));
			});
		List<Long> whole = new ArrayList<>();
		lockedByChat.forEach((chat, ids) -> {
			if (dueOrSending.getOrDefault(chat, 0) == ids.size()) {
				whole.addAll(ids);
			}
		});
		return whole;
	}

	private List<EditClaim> load(String token, Instant leaseEnd, Set<Long> chatIds) {
		Map<Place, List<ClaimedEdit>> rows = new LinkedHashMap<>();
		jdbc.sql("""
				select id, correction_id, chat_id, thread_id, telegram_message_id, message_no, item_ids, attempts
				from correction_edit where claimed_by = :token and state = 'SENDING' and chat_id in (:chats)
				order by chat_id, thread_id, id""").param("token", token).param("chats", chatIds).query(rs -> {
			List<Long> items = Arrays.stream(rs.getString(7).split(",")).filter(id -> !id.isBlank())
				.map(Long::valueOf).toList();
			rows.computeIfAbsent(new Place(rs.getLong(3), rs.getLong(4)), place -> new ArrayList<>())
				.add(new ClaimedEdit(rs.getLong(1), rs.getLong(2), rs.getLong(5), rs.getInt(6), items, rs.getInt(8)));
		});
		List<EditClaim> claims = new ArrayList<>();
		rows.forEach((place, edits) -> claims.add(new EditClaim(place, token, leaseEnd, edits)));
		return claims;
	}

	private static String truncate(String error) {
		String text = (error == null || error.isBlank()) ? "unknown error" : error;
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

}
