package digestbot.delivery;

import digestbot.subscription.PlaceMoved;
import digestbot.subscription.SubscriberForgotten;
import digestbot.subscription.SubscriberGone;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What becomes of a place's deliveries when the place goes or moves, in the transaction that says so. */
@Component
class DeliveriesOfGoneChats {

	private final JdbcClient jdbc;

	DeliveriesOfGoneChats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A place that blocked the bot gets nothing of what waits for it; the reports count it blocked. */
	@EventListener
	void gone(SubscriberGone gone) {
		jdbc.sql("""
				update delivery set state = 'CANCELLED'
				where chat_id = ? and thread_id = ? and state in ('PENDING', 'SENDING')""")
			.params(gone.place().chatId(), gone.place().threadId())
			.update();
	}

	/**
	 * A forgotten place's deliveries go, but for those it was sent: should it come back, nothing
	 * reaches it twice.
	 */
	@EventListener
	void forgotten(SubscriberForgotten forgotten) {
		jdbc.sql("delete from delivery where chat_id = ? and thread_id = ? and state <> 'SENT'")
			.params(forgotten.place().chatId(), forgotten.place().threadId())
			.update();
	}

	/**
	 * A group became a supergroup: its deliveries move to the new id, each item once; an item the
	 * new id already has stays with it.
	 */
	@EventListener
	void moved(PlaceMoved moved) {
		jdbc.sql("""
				delete from delivery where chat_id = :old and exists (select 1 from delivery n
				where n.chat_id = :new and n.thread_id = delivery.thread_id and n.item_id = delivery.item_id)""")
			.param("old", moved.fromChatId())
			.param("new", moved.toChatId())
			.update();
		jdbc.sql("update delivery set chat_id = ? where chat_id = ?").params(moved.toChatId(), moved.fromChatId())
			.update();
	}

}
