package digestbot.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The push's outbox: one delivery row per (place, item), PENDING until claimed, SENDING while
 * claimed, then SENT, FAILED or CANCELLED. A place is a chat, or a thread of a forum.
 * <p>
 * A claim takes the due deliveries of whole chats (all their threads), one {@link ChatClaim} per
 * place: the threads of a forum share their chat's limit of 20 messages a minute anyway.
 * <p>
 * Claims work for several instances sharing one PostgreSQL: a claim picks due chats without
 * locking, locks their PENDING rows with {@code FOR UPDATE SKIP LOCKED} (so a concurrent
 * claimer passes over them instead of waiting), and stamps the rows it got with a claim token
 * and a lease. The locking select has no ORDER BY: H2 2.4 would then lock every row its scan
 * reads, not only those returned. A claim whose lease ran out (its instance died) is made
 * PENDING again by {@link #recoverExpired}.
 */
@Repository
class Outbox {

	private static final String PLAN = """
			insert into delivery (chat_id, thread_id, item_id, push_id, message_no, state, attempts, next_attempt_at,
			created_at)
			select distinct p.chat_id, p.thread_id, it.item_id, :push, 0, 'PENDING', 0, :now, :now
			from planner_state p
			join subscription t on t.chat_id = p.chat_id and t.thread_id = p.thread_id
			join item_topic it on it.topic = t.topic
			join item i on i.id = it.item_id
			join issue x on x.id = i.issue_id
			where p.last_push_id = :push and p.chat_id between :first and :last
			and (t.since_issue_date is null or x.issue_date >= t.since_issue_date)
			and not exists (select 1 from delivery d
			where d.chat_id = p.chat_id and d.thread_id = p.thread_id and d.item_id = it.item_id)""";

	// Ordered by the columns of the delivery_due index exactly, so that H2 reads the index in order
	// and stops at the limit (ordered by next_attempt_at alone, it sorts every due row each time).
	private static final String DUE_CHATS = """
			select d.chat_id from delivery d where d.state = 'PENDING' and d.next_attempt_at <= ?
			and not exists (select 1 from delivery o where o.chat_id = d.chat_id and o.state = 'SENDING')
			order by d.state, d.next_attempt_at limit ?""";

	private static final String CLAIMED = """
			select d.id, d.chat_id, d.thread_id, d.item_id, d.push_id, d.attempts,
			(select max(e.message_no) from delivery e where e.chat_id = d.chat_id and e.thread_id = d.thread_id
			and e.push_id = d.push_id and e.state = 'SENT') as messages_sent
			from delivery d where d.claimed_by = :token and d.state = 'SENDING' and d.chat_id in (:chats)
			order by d.chat_id, d.thread_id, d.id""";

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	Outbox(JdbcClient jdbc, TransactionOperations transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Adds a PENDING delivery for every item the places picked by the push, in a range of
	 * chat ids, should get: the items of each of their topics in the issues from the one that
	 * topic starts at on, not yet delivered to that place, each once whichever of their topics
	 * brought it. Runs in the planner's transaction.
	 */
	int plan(long pushId, Instant now, long fromChat, long toChat) {
		return jdbc.sql(PLAN)
			.param("push", pushId)
			.param("now", utc(now))
			.param("first", fromChat)
			.param("last", toChat)
			.update();
	}

	/**
	 * Claims the due PENDING deliveries of up to {@code chats} chats, the longest waiting
	 * first, skipping chats with a delivery being sent.
	 */
	List<ChatClaim> claim(int chats, Instant now, Instant leaseEnd, String token) {
		List<ChatClaim> claims = transactions.execute(status -> claimInTransaction(chats, now, leaseEnd, token));
		return (claims != null) ? claims : List.of();
	}

	/** Makes the deliveries of expired claims PENDING again; they may have been sent. */
	int recoverExpired(Instant now) {
		return jdbc.sql("""
				update delivery set state = 'PENDING', claimed_by = null, claimed_until = null
				where state = 'SENDING' and claimed_until < ?""").param(utc(now)).update();
	}

	/** Makes the deliveries claimed under this instance's name PENDING again: it crashed. */
	int recoverOwn(String instanceId) {
		String prefix = instanceId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%";
		return jdbc.sql("""
				update delivery set state = 'PENDING', claimed_by = null, claimed_until = null
				where state = 'SENDING' and claimed_by like ? escape '\\'""").param(prefix).update();
	}

	private List<ChatClaim> claimInTransaction(int chats, Instant now, Instant leaseEnd, String token) {
		Set<Long> chatIds = new LinkedHashSet<>();
		// A chat has about as many due rows as the items it gets: ten rows a chat finds enough chats.
		for (Long chatId : jdbc.sql(DUE_CHATS).params(utc(now), chats * 10).query(Long.class).list()) {
			if (chatIds.size() < chats) {
				chatIds.add(chatId);
			}
		}
		if (chatIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> lockedByChat = new HashMap<>();
		jdbc.sql("select id, chat_id from delivery where state = 'PENDING' and next_attempt_at <= :now "
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
		jdbc.sql("update delivery set state = 'SENDING', claimed_by = :token, claimed_until = :until where id in (:ids)")
			.param("token", token)
			.param("until", utc(leaseEnd))
			.param("ids", locked)
			.update();
		return load(token, leaseEnd, chatIds);
	}

	/**
	 * The locked rows of the chats whose every due row this claim locked. Skip-locked takes rows
	 * one by one, so two claims racing for one chat may each lock part of it; a chat with a due
	 * row locked by another claim, or with a row another claim just made SENDING, is left to that
	 * claim, so that a chat's deliveries are always claimed (and packed, and paced) together.
	 */
	private List<Long> wholeChats(Map<Long, List<Long>> lockedByChat, Instant now) {
		if (lockedByChat.isEmpty()) {
			return List.of();
		}
		Map<Long, Integer> dueOrSending = new HashMap<>();
		jdbc.sql("""
				select chat_id, count(*) from delivery where chat_id in (:chats)
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

	private List<ChatClaim> load(String token, Instant leaseEnd, Set<Long> chatIds) {
		Map<Place, List<ClaimedDelivery>> rows = new LinkedHashMap<>();
		Map<Place, Integer> messagesSent = new HashMap<>();
		jdbc.sql(CLAIMED).param("token", token).param("chats", chatIds).query(rs -> {
			Place place = new Place(rs.getLong(2), rs.getLong(3));
			rows.computeIfAbsent(place, id -> new ArrayList<>())
				.add(new ClaimedDelivery(rs.getLong(1), rs.getLong(4), rs.getLong(5), rs.getInt(6)));
			messagesSent.merge(place, rs.getInt(7), Math::max);
		});
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<Long> claimedChats = new HashSet<>();
		rows.keySet().forEach(place -> claimedChats.add(place.chatId()));
		Map<Place, Set<String>> topics = new HashMap<>();
		jdbc.sql("select chat_id, thread_id, topic from subscription where chat_id in (:chats)")
			.param("chats", claimedChats)
			.query(rs -> {
				topics.computeIfAbsent(new Place(rs.getLong(1), rs.getLong(2)), id -> new HashSet<>())
					.add(rs.getString(3));
			});
		Map<Place, ChatClaim> claims = new HashMap<>();
		jdbc.sql("select chat_id, thread_id, kind, language, format from subscriber where chat_id in (:chats)")
			.param("chats", claimedChats)
			.query(rs -> {
				Place place = new Place(rs.getLong(1), rs.getLong(2));
				if (rows.containsKey(place)) {
					claims.put(place, new ChatClaim(place, PlaceKind.valueOf(rs.getString(3)), token, leaseEnd,
							rs.getString(4), PushFormat.valueOf(rs.getString(5)), topics.getOrDefault(place, Set.of()),
							rows.get(place), messagesSent.get(place)));
				}
			});
		List<ChatClaim> ordered = new ArrayList<>();
		for (Place place : rows.keySet()) {
			if (claims.containsKey(place)) {
				ordered.add(claims.get(place));
			}
			else { // a place forgotten while its deliveries waited: nobody to send them to
				jdbc.sql("update delivery set state = 'CANCELLED', last_error = 'subscriber gone' "
						+ "where claimed_by = ? and chat_id = ? and thread_id = ? and state = 'SENDING'")
					.params(token, place.chatId(), place.threadId())
					.update();
			}
		}
		return ordered;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
