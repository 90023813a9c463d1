package digestbot.telegram;

import java.util.ArrayList;
import java.util.List;

import digestbot.chat.ChatService;
import digestbot.chat.Incoming;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates in, from the polling loop or the webhook: translates them, writes them to the
 * inbox, and hands each to its chat's lane. Nothing may escape {@link #consume}: TelegramBots
 * silently ends polling when it does.
 */
class UpdateIntake implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

	private final UpdateTranslator translator;

	private final UpdateInbox inbox;

	private final ChatLanes lanes;

	private final ChatService chat;

	private final TelegramReplies replies;

	private final MeterRegistry meters;

	UpdateIntake(UpdateTranslator translator, UpdateInbox inbox, ChatLanes lanes, ChatService chat,
			TelegramReplies replies, MeterRegistry meters) {
		this.meters = meters;
		this.translator = translator;
		this.inbox = inbox;
		this.lanes = lanes;
		this.chat = chat;
		this.replies = replies;
	}

	@Override
	public void consume(List<Update> updates) {
		List<UpdateInbox.Received> received = new ArrayList<>();
		for (Update update : updates) {
			try {
				translator.translate(update)
					.ifPresent(incoming -> received.add(new UpdateInbox.Received(update.getUpdateId(), incoming)));
			}
			catch (RuntimeException ex) {
				log.error("Update {} could not be read", update.getUpdateId(), ex);
			}
		}
		List<UpdateInbox.Received> fresh;
		try {
			fresh = inbox.accept(received);
		}
		catch (DataAccessException ex) {
			// Better answered without a safety net than not at all.
			log.error("Updates could not be written down; answering them anyway", ex);
			fresh = received;
		}
		fresh.forEach(this::dispatch);
	}

	/** Hands updates taken up again (after a crash) to their lanes. */
	void resume(List<UpdateInbox.Received> abandoned) {
		abandoned.forEach(this::dispatch);
	}

	private void dispatch(UpdateInbox.Received update) {
		lanes.submit(update.incoming().chatId(), () -> {
			try {
				replies.carryOut(chat.handle(update.incoming()));
				meters.counter("digestbot.updates.handled", "kind",
						update.incoming() instanceof Incoming.ButtonPress ? "button" : "message").increment();
			}
			catch (RuntimeException ex) {
				log.error("Chat {} could not be answered", update.incoming().chatId(), ex);
			}
			finally {
				forget(update);
			}
		});
	}

	private void forget(UpdateInbox.Received update) {
		inbox.answered(update.updateId());
	}

}
