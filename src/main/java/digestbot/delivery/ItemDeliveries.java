package digestbot.delivery;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import digestbot.digest.DeliveredItems;
import digestbot.digest.IssueReplaced;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The deliveries of items, as the digest asks about them and replaces them. */
@Component
class ItemDeliveries implements DeliveredItems {

	private final JdbcClient jdbc;

	ItemDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> deliveredAmong(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select distinct item_id from delivery where state = 'SENT' and item_id in (:items)")
			.param("items", itemIds)
			.query(Long.class)
			.list());
	}

	/**
	 * What a chat was sent of an old item counts as sent of the new item that stands for it, so
	 * that it does not reach the chat again; everything else of the old items goes, and what was
	 * not sent is planned anew from the new items.
	 */
	@EventListener
	void issueReplaced(IssueReplaced replaced) {
		replaced.successors()
			.forEach((oldItem, newItem) -> jdbc
				.sql("update delivery set item_id = :new where item_id = :old and state = 'SENT'")
				.param("new", newItem)
				.param("old", oldItem)
				.update());
		if (!replaced.replacedItemIds().isEmpty()) {
			jdbc.sql("delete from delivery where item_id in (:items)").param("items", replaced.replacedItemIds()).update();
		}
	}

}
