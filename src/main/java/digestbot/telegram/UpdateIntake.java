package digestbot.telegram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import digestbot.chat.ChatService;
import digestbot.chat.FloodVerdict;
import digestbot.chat.Incoming;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates in, from the polling loop or the webhook: translates them, waits for room in the
 * lanes, writes them to the inbox, and hands each to its chat's lane. While the lanes are full,
 * {@link #consume} waits: the poll loop asks for no more, a webhook call is answered later.
 * Inline queries go to {@link InlineAnswers} instead, neither written down nor queued in a lane.
 * Nothing may escape {@link #consume}: TelegramBots silently ends polling when it does.
 */
class UpdateIntake implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

	private static final int RESUMED_AT_ONCE = 100;

	private final UpdateTranslator translator;

	private final UpdateInbox inbox;

	private final ChatLanes lanes;

	private final ChatService chat;

	private final TelegramReplies replies;

	private final InlineAnswers inline;

	private final MeterRegistry meters;

	UpdateIntake(UpdateTranslator translator, UpdateInbox inbox, ChatLanes lanes, ChatService chat,
			TelegramReplies replies, InlineAnswers inline, MeterRegistry meters) {
		this.inline = inline;
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
				if (update.hasChosenInlineQuery()) {
					inline.chosen(update.getChosenInlineQuery().getResultId());
					continue;
				}
				Optional<InlineAnswers.Query> query = translator.inlineQuery(update);
				if (query.isPresent()) {
					inline.submit(query.get());
					continue;
				}
				translator.translate(update)
					.ifPresent(incoming -> received.add(new UpdateInbox.Received(update.getUpdateId(), incoming)));
			}
			catch (RuntimeException ex) {
				log.error("Update {} could not be read", update.getUpdateId(), ex);
			}
		}
		boolean roomReserved = reserveRoom(received.size());
		List<UpdateInbox.Received> fresh;
		List<FloodVerdict> verdicts;
		try {
			UpdateInbox.Accepted<List<FloodVerdict>> accepted = inbox.accept(received, this::countFloods,
					this::uncounted);
			fresh = accepted.fresh();
			verdicts = accepted.alongside();
		}
		catch (DataAccessException ex) {
			// Better answered without a safety net than not at all.
			log.error("Updates could not be written down; answering them anyway", ex);
			fresh = received;
			verdicts = Collections.nCopies(received.size(), FloodVerdict.UNCOUNTED);
		}
		catch (RuntimeException ex) {
			lanes.release(roomReserved ? received.size() : 0);
			log.error("Updates could not be taken in", ex);
			return;
		}
		if (!roomReserved) {
			// Stopping: written down, they are taken up again once their lease ran out.
			inbox.letGo(fresh);
			return;
		}
		lanes.release(received.size() - fresh.size());
		for (int i = 0; i < fresh.size(); i++) {
			dispatch(fresh.get(i), verdicts.get(i));
		}
	}

	/**
	 * The poll's commands counted against the flood limit together, in the transaction that
	 * writes them down: one commit for both.
	 */
	private List<FloodVerdict> countFloods(List<UpdateInbox.Received> fresh) {
		return fresh.isEmpty() ? List.of()
				: chat.countFloods(fresh.stream().map(UpdateInbox.Received::incoming).toList());
	}

	/** When the count failed: each command is counted when it is handled. */
	private List<FloodVerdict> uncounted(List<UpdateInbox.Received> fresh, RuntimeException ex) {
		log.warn("Could not count {} updates against the flood limit; each is counted when handled", fresh.size(), ex);
		return Collections.nCopies(fresh.size(), FloodVerdict.UNCOUNTED);
	}

	private boolean reserveRoom(int updates) {
		try {
			lanes.reserve(updates);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Takes up, as far as the lanes have room, updates whose lease ran out (their instance died,
	 * or this one was stopping) and hands them to their lanes.
	 */
	void resumeAbandoned() {
		int room = lanes.reserveUpTo(RESUMED_AT_ONCE);
		List<UpdateInbox.Received> taken = List.of();
		try {
			taken = inbox.takeAbandoned(room);
		}
		finally {
			lanes.release(room - taken.size());
		}
		taken.forEach(update -> dispatch(update, FloodVerdict.UNCOUNTED));
	}

	private void dispatch(UpdateInbox.Received update, FloodVerdict counted) {
		lanes.submit(update.incoming().chatId(), () -> {
			try {
				replies.carryOut(chat.handle(update.incoming(), counted));
				meters.counter("digestbot.updates.handled", "kind", kind(update.incoming())).increment();
			}
			catch (RuntimeException ex) {
				log.error("Chat {} could not be answered", update.incoming().chatId(), ex);
			}
			finally {
				forget(update);
			}
		});
	}

	private static String kind(Incoming incoming) {
		if (incoming instanceof Incoming.BotMembership) {
			return "membership";
		}
		return incoming instanceof Incoming.ButtonPress ? "button" : "message";
	}

	private void forget(UpdateInbox.Received update) {
		inbox.answered(update.updateId());
	}

}
