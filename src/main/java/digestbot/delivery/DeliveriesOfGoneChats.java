package digestbot.delivery;

import digestbot.subscription.SubscriberForgotten;
import digestbot.subscription.SubscriberGone;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What becomes of a chat's deliveries when the chat goes, in the transaction that says so. */
@Component
class DeliveriesOfGoneChats {

	private final JdbcClient jdbc;

	DeliveriesOfGoneChats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A chat that blocked the bot gets nothing of what waits for it; the reports count it blocked. */
	@EventListener
	void gone(SubscriberGone gone) {
		jdbc.sql("update delivery set state = 'CANCELLED' where chat_id = ? and state in ('PENDING', 'SENDING')")
			.param(gone.chatId())
			.update();
	}

	/**
	 * A forgotten chat's deliveries go, but for those it was sent: should it come back, nothing
	 * reaches it twice.
	 */
	@EventListener
	void forgotten(SubscriberForgotten forgotten) {
		jdbc.sql("delete from delivery where chat_id = ? and state <> 'SENT'").param(forgotten.chatId()).update();
	}

}
