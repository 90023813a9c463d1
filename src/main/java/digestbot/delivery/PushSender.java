package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import digestbot.digest.PublishedItem;
import digestbot.text.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one part of a chat's message, on a sender thread, and settles its deliveries by the
 * outcome. Never throws: a failure to write the outcome down leaves the deliveries SENDING, to
 * be recovered when their lease ends. A message in several parts (one item longer than 4096
 * characters) is settled after its last part; should a later part fail, the retry sends it
 * from its first part again.
 */
final class PushSender {

	private static final Logger log = LoggerFactory.getLogger(PushSender.class);

	private final Messenger messenger;

	private final PushRenderer renderer;

	private final PushItems items;

	private final DeliveryRecorder recorder;

	private final DispatchQueue queue;

	private final SendPacer pacer;

	private final SendBudget budget;

	private final DeliveryProperties properties;

	private final Clock clock;

	PushSender(Messenger messenger, PushRenderer renderer, PushItems items, DeliveryRecorder recorder,
			DispatchQueue queue, SendPacer pacer, SendBudget budget, DeliveryProperties properties, Clock clock) {
		this.budget = budget;
		this.messenger = messenger;
		this.renderer = renderer;
		this.items = items;
		this.recorder = recorder;
		this.queue = queue;
		this.pacer = pacer;
		this.properties = properties;
		this.clock = clock;
	}

	void send(Dispatch dispatch) {
		try {
			Optional<Dispatch> rendered = (dispatch.message() != null) ? Optional.of(dispatch) : render(dispatch);
			if (rendered.isPresent() && awaitTurn(rendered.get()) && stillHeld(rendered.get())) {
				sendAndSettle(rendered.get());
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not settle a push message to chat {}; its deliveries wait for their lease to end",
					dispatch.claim().chatId(), ex);
		}
	}

	private Optional<Dispatch> render(Dispatch dispatch) {
		ChatClaim claim = dispatch.claim();
		Map<Long, PublishedItem> known = items.byId(claim.deliveries().stream().map(ClaimedDelivery::itemId).toList());
		Optional<ClaimedMessage> message = renderer.next(claim, known);
		if (message.isEmpty()) { // the items were deleted with their issue while claimed
			List<Long> ids = claim.deliveries().stream().map(ClaimedDelivery::id).toList();
			recorder.fail(new ClaimedMessage(claim, List.of(), ids), "item no longer exists", clock.instant());
		}
		return message.map(dispatch::rendered);
	}

	/**
	 * Waits for the push's next turn in the budget; false when Telegram asked for a pause
	 * meanwhile, the dispatch then waiting for its end.
	 */
	private boolean awaitTurn(Dispatch dispatch) {
		try {
			budget.awaitPushTurn();
		}
		catch (InterruptedException ex) {
			return interrupted(dispatch);
		}
		return notPaused(dispatch);
	}

	/**
	 * Waits for the send's departure ({@link DepartureWindow}), the last thing before Telegram is
	 * called, unless Telegram asked for a pause meanwhile; sends, and tells the window when the
	 * answer came.
	 */
	private void sendAndSettle(Dispatch dispatch) {
		Optional<SendOutcome> outcome;
		try {
			outcome = budget.depart(() -> notPaused(dispatch), () -> sendPart(dispatch));
		}
		catch (InterruptedException ex) {
			interrupted(dispatch);
			return;
		}
		outcome.ifPresent(sent -> settle(dispatch, sent));
	}

	private boolean interrupted(Dispatch dispatch) {
		Thread.currentThread().interrupt();
		holdOver(dispatch, clock.instant());
		return false;
	}

	private boolean notPaused(Dispatch dispatch) {
		Instant pausedUntil = pacer.pausedAt(clock.instant());
		if (pausedUntil != null) {
			holdOver(dispatch, pausedUntil);
			return false;
		}
		return true;
	}

	/**
	 * Renews the claim right before the send. A sender that stalled past its lease (a long pause of
	 * the JVM or the database) may find its deliveries recovered and perhaps sent by another; then
	 * it drops the message rather than send it twice.
	 */
	private boolean stillHeld(Dispatch dispatch) {
		if (recorder.extend(dispatch.claim(), clock.instant().plus(properties.lease()))) {
			return true;
		}
		log.warn("The claim on chat {}'s push message ended before it was sent; leaving it to its new sender",
				dispatch.claim().chatId());
		return false;
	}

	private void holdOver(Dispatch dispatch, Instant until) {
		if (dispatch.isStarted()) {
			recorder.extend(dispatch.claim(), until.plus(properties.lease()));
			queue.later(dispatch.at(until));
		}
		else {
			recorder.release(dispatch.claim(), until);
		}
	}

	private SendOutcome sendPart(Dispatch dispatch) {
		String html = dispatch.message().parts().get(dispatch.part());
		long chatId = dispatch.claim().chatId();
		long threadId = dispatch.claim().place().threadId();
		try {
			return dispatch.plain() ? messenger.sendPlain(chatId, threadId, Html.toPlainText(html))
					: messenger.send(chatId, threadId, html);
		}
		catch (RuntimeException ex) {
			return new SendOutcome.Failed(ex.toString(), true);
		}
	}

	private void settle(Dispatch dispatch, SendOutcome outcome) {
		Instant now = clock.instant();
		ClaimedMessage message = dispatch.message();
		ChatClaim claim = dispatch.claim();
		Instant chatFree = now.plus(properties.gap(claim.chatId()));
		if (outcome instanceof SendOutcome.Sent sent) {
			if (dispatch.hasNextPart()) {
				queue.later(dispatch.nextPart(chatFree));
			}
			else {
				recorder.sent(message, sent.messageId(), now, chatFree);
			}
		}
		else if (outcome instanceof SendOutcome.RateLimited limited) {
			rateLimited(dispatch, limited.retryAfter(), now.plus(limited.retryAfter()));
		}
		else if (outcome instanceof SendOutcome.ChatGone gone) {
			log.info("Chat {} is gone ({}): no more pushes to it", claim.place(), gone.reason());
			recorder.chatGone(claim, gone.reason());
		}
		else if (outcome instanceof SendOutcome.Moved moved) {
			log.info("Group {} became the supergroup {}: its pushes go there", claim.chatId(), moved.toChatId());
			recorder.moved(claim, moved.toChatId(), now);
		}
		else if (outcome instanceof SendOutcome.BadMarkup bad) {
			badMarkup(dispatch, bad, chatFree);
		}
		else if (outcome instanceof SendOutcome.Failed failed) {
			failed(message, failed, now, chatFree);
		}
	}

	private void rateLimited(Dispatch dispatch, Duration retryAfter, Instant resume) {
		budget.rateLimited(retryAfter);
		log.warn("Telegram asked to wait until {}: pausing every message, then {} a second",
				resume, String.format(java.util.Locale.ROOT, "%.2f", pacer.pace()));
		holdOver(dispatch, resume);
	}

	private void badMarkup(Dispatch dispatch, SendOutcome.BadMarkup bad, Instant chatFree) {
		if (dispatch.plain()) {
			recorder.fail(dispatch.message(), "refused as plain text too: " + bad.reason(), chatFree);
			return;
		}
		log.warn("Telegram refused the HTML of a push message to chat {} ({}); sending it as plain text",
				dispatch.claim().chatId(), bad.reason());
		queue.later(dispatch.asPlain(chatFree));
	}

	private void failed(ClaimedMessage message, SendOutcome.Failed failed, Instant now, Instant chatFree) {
		int attempt = message.attempts() + 1;
		if (failed.retriable() && attempt < properties.maxAttempts()) {
			recorder.retry(message, failed.reason(), now.plus(properties.retryDelay(attempt)));
		}
		else {
			log.warn("A push message to chat {} failed for good after {} tries: {}", message.claim().chatId(), attempt,
					failed.reason());
			recorder.fail(message, failed.reason(), chatFree);
		}
	}

}
