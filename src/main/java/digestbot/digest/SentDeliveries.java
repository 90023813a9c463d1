package digestbot.digest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What subscribers already received of an issue, carried over when the issue is replaced, so
 * that no item reaches a chat twice (see {@link #match}).
 */
class SentDeliveries {

	private static final double MIN_LIKENESS = 0.5;

	private final JdbcClient jdbc;

	SentDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Sent(long chatId, int number, Long pushId, int messageNo, Long telegramMessageId, OffsetDateTime createdAt,
			OffsetDateTime sentAt) {
	}

	record Numbered(int number, String text) {
	}

	List<Sent> of(LocalDate date) {
		return jdbc.sql("""
				select d.chat_id, i.number, d.push_id, d.message_no, d.telegram_message_id, d.created_at, d.sent_at
				from delivery d join item i on i.id = d.item_id join issue s on s.id = i.issue_id
				where s.issue_date = ? and d.state = 'SENT'""")
			.param(date)
			.query((rs, n) -> new Sent(rs.getLong(1), rs.getInt(2), (Long) rs.getObject(3), rs.getInt(4),
					(Long) rs.getObject(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)))
			.list();
	}

	List<Numbered> deliveredItems(LocalDate date) {
		return jdbc.sql("""
				select distinct i.number, i.text from delivery d join item i on i.id = d.item_id
				join issue s on s.id = i.issue_id where s.issue_date = ? and d.state = 'SENT' order by i.number""")
			.param(date)
			.query((rs, n) -> new Numbered(rs.getInt(1), rs.getString(2)))
			.list();
	}

	List<Numbered> items(LocalDate date) {
		return jdbc.sql("""
				select i.number, i.text from item i join issue s on s.id = i.issue_id where s.issue_date = ?
				order by i.number""")
			.param(date)
			.query((rs, n) -> new Numbered(rs.getInt(1), rs.getString(2)))
			.list();
	}

	/** Records the old deliveries against the items of the new issue that stand for theirs. */
	void restore(List<Sent> sent, List<Numbered> oldItems, long newIssueId, List<Numbered> newItems) {
		Map<Integer, Integer> newByOld = match(oldItems, newItems);
		for (Sent delivery : sent) {
			Integer number = newByOld.get(delivery.number());
			if (number == null) {
				continue;
			}
			jdbc.sql("""
					insert into delivery (chat_id, item_id, push_id, message_no, state, attempts, next_attempt_at,
					  telegram_message_id, created_at, sent_at)
					select ?, i.id, ?, ?, 'SENT', 1, ?, ?, ?, ? from item i
					where i.issue_id = ? and i.number = ?
					and not exists (select 1 from delivery d where d.chat_id = ? and d.item_id = i.id)""")
				.params(delivery.chatId(), delivery.pushId(), delivery.messageNo(), delivery.createdAt(),
						delivery.telegramMessageId(), delivery.createdAt(), delivery.sentAt(), newIssueId, number,
						delivery.chatId())
				.update();
		}
	}

	/**
	 * Which new item (by number) stands for each old one: the one with the same text, else the
	 * most alike of those left (at least half their words shared: an edited or moved item).
	 * Old items without one are left out.
	 */
	static Map<Integer, Integer> match(List<Numbered> oldItems, List<Numbered> newItems) {
		Map<Integer, Integer> result = new HashMap<>();
		Set<Integer> taken = new HashSet<>();
		for (Numbered old : oldItems) {
			newItems.stream()
				.filter(item -> item.text().equals(old.text()) && !taken.contains(item.number()))
				.findFirst()
				.ifPresent(item -> take(result, taken, old, item));
		}
		for (Numbered old : oldItems) {
			if (result.containsKey(old.number())) {
				continue;
			}
			Numbered best = null;
			double bestScore = MIN_LIKENESS;
			for (Numbered item : newItems) {
				double score = likeness(old.text(), item.text());
				if (!taken.contains(item.number()) && score >= bestScore) {
					best = item;
					bestScore = score;
				}
			}
			if (best != null) {
				take(result, taken, old, best);
			}
		}
		return result;
	}

	private static void take(Map<Integer, Integer> result, Set<Integer> taken, Numbered old, Numbered item) {
		result.put(old.number(), item.number());
		taken.add(item.number());
	}

	/** Shared words over all words of the two texts (Jaccard), ignoring case and punctuation. */
	static double likeness(String a, String b) {
		Set<String> first = words(a);
		Set<String> second = words(b);
		if (first.isEmpty() || second.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(first);
		shared.retainAll(second);
		Set<String> all = new HashSet<>(first);
		all.addAll(second);
		return (double) shared.size() / all.size();
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
