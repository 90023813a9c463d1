package digestbot.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import digestbot.digest.IssueReplaced;
import digestbot.digest.IssueStore;
import digestbot.digest.ItemHtml;
import digestbot.digest.PublishedItem;
import digestbot.subscription.Place;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import static digestbot.delivery.Outbox.utc;

/**
 * Writes down, when an issue is replaced, which sent messages carried an item that changed or
 * went, and how each of their items reads now: a correction the admin is offered. Runs in the
 * replacement's transaction, before the deliveries move to the new items and the old items are
 * deleted, so that each message's items are known as they were sent. The edits wait, OFFERED,
 * until an admin sends the correction.
 */
@Component
class CorrectionPlanner {

	private static final int CHATS_PER_READ = 1_000;

	private final JdbcClient jdbc;

	private final IssueStore issues;

	private final ItemHtml itemHtml;

	private final Clock clock;

	CorrectionPlanner(JdbcClient jdbc, IssueStore issues, ItemHtml itemHtml, Clock clock) {
		this.jdbc = jdbc;
		this.issues = issues;
		this.itemHtml = itemHtml;
		this.clock = clock;
	}

	/**
	 * Plans the correction of a replacement; nothing when no sent message carried a changed item.
	 * Runs before {@link ItemDeliveries} moves the deliveries on.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void plan(IssueReplaced replaced) {
		Map<Long, PublishedItem> old = byId(replaced.replacedItemIds());
		Map<Long, PublishedItem> successors = byId(replaced.successors().values());
		Set<Long> touched = old.keySet().stream()
			.filter(id -> changed(old.get(id), successorOf(id, replaced, successors)))
			.collect(Collectors.toSet());
		Map<SentMessage, Set<Long>> messages = touched.isEmpty() ? Map.of() : messagesCarrying(touched);
		if (messages.isEmpty()) {
			return;
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into correction (issue_date, created_at) values (?, ?)")
			.params(replaced.date(), utc(clock.instant()))
			.update(key, "id");
		long correction = key.getKey().longValue();
		Set<Long> carried = messages.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
		Map<Long, PublishedItem> others = byId(carried.stream().filter(id -> !old.containsKey(id)).toList());
		for (long itemId : carried) {
			if (old.containsKey(itemId)) {
				PublishedItem successor = successorOf(itemId, replaced, successors);
				Change kind = successor == null ? Change.REMOVED : touched.contains(itemId) ? Change.CHANGED : Change.SAME;
				snapshot(correction, itemId, kind, old.get(itemId), successor == null ? old.get(itemId) : successor);
			}
			else if (others.containsKey(itemId)) {
				snapshot(correction, itemId, Change.SAME, others.get(itemId), others.get(itemId));
			}
		}
		messages.forEach((message, items) -> jdbc.sql("""
				insert into correction_edit (correction_id, chat_id, thread_id, telegram_message_id, message_no, item_ids,
				state, attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, 'OFFERED', 0, ?)""")
			.params(correction, message.place().chatId(), message.place().threadId(), message.messageId(),
					message.messageNo(), items.stream().map(String::valueOf).collect(Collectors.joining(",")),
					utc(clock.instant()))
			.update());
	}

	/** The new item that stands for the old one, or null when it was removed. */
	private static PublishedItem successorOf(long oldId, IssueReplaced replaced, Map<Long, PublishedItem> successors) {
		Long newId = replaced.successors().get(oldId);
		return newId == null ? null : successors.get(newId);
	}

	/** The item reads otherwise now: its text, sources, section or link changed, or it went. */
	private boolean changed(PublishedItem old, PublishedItem successor) {
		return successor == null || !itemHtml.render(old).equals(itemHtml.render(successor));
	}

	/**
	 * Keeps an item as the correction shows it, laid out where it stood when sent ({@code sent}),
	 * reading as {@code now} does.
	 */
	private void snapshot(long correction, long itemId, Change kind, PublishedItem sent, PublishedItem now) {
		CorrectedItem item = CorrectedItem.of(itemId, kind, sent, now, itemHtml);
		jdbc.sql("""
				insert into correction_item (correction_id, item_id, kind, issue_date, number, section_title, topics,
				text, html, body, tail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(correction, itemId, kind.name(), item.issueDate(), item.number(), item.sectionTitle(),
					String.join("\n", item.topics()), item.text(), item.html(), item.body(), item.tail())
			.update();
	}

	/** The sent messages that carried any of the items, each with every item it carried. */
	private Map<SentMessage, Set<Long>> messagesCarrying(Set<Long> itemIds) {
		Set<SentMessage> messages = new HashSet<>();
		jdbc.sql("""
				select chat_id, thread_id, telegram_message_id, message_no from delivery
				where state = 'SENT' and telegram_message_id is not null and item_id in (:items)""")
			.param("items", itemIds)
			.query(rs -> {
				messages.add(new SentMessage(new Place(rs.getLong(1), rs.getLong(2)), rs.getLong(3), rs.getInt(4)));
			});
		List<Long> chats = new ArrayList<>(messages.stream().map(message -> message.place().chatId())
			.collect(Collectors.toCollection(TreeSet::new)));
		Map<SentMessage, Set<Long>> items = new LinkedHashMap<>();
		for (int from = 0; from < chats.size(); from += CHATS_PER_READ) {
			jdbc.sql("""
					select chat_id, thread_id, telegram_message_id, message_no, item_id from delivery
					where state = 'SENT' and chat_id in (:chats) order by chat_id, thread_id, telegram_message_id""")
				.param("chats", chats.subList(from, Math.min(chats.size(), from + CHATS_PER_READ)))
				.query(rs -> {
					SentMessage message = new SentMessage(new Place(rs.getLong(1), rs.getLong(2)), rs.getLong(3),
							rs.getInt(4));
					if (messages.contains(message)) {
						items.computeIfAbsent(message, key -> new HashSet<>()).add(rs.getLong(5));
					}
				});
		}
		return items;
	}

	private Map<Long, PublishedItem> byId(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return new HashMap<>();
		}
		return new HashMap<>(issues.items(List.copyOf(new HashSet<>(ids))).stream()
			.collect(Collectors.toMap(PublishedItem::id, Function.identity())));
	}

	/** What became of an item in a corrected message. */
	enum Change {

		SAME, CHANGED, REMOVED

	}

	/** A message as sent: its place, Telegram's id of it, and its number in its push. */
	private record SentMessage(Place place, long messageId, int messageNo) {
	}

}
