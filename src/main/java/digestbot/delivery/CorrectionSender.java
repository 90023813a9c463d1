package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the first edit of a claimed place, on a sender thread, after its turn in the
 * {@link SendBudget} (behind every waiting reply, like a push message), and writes down what
 * became of it; the place's other edits go back for its next turn. Never throws: an edit whose
 * outcome could not be written down stays claimed until its lease ends and is made again, which
 * Telegram then answers "message is not modified" (counted as unchanged): a message is changed
 * once.
 */
final class CorrectionSender {

	private static final Logger log = LoggerFactory.getLogger(CorrectionSender.class);

	private final Messenger messenger;

	private final CorrectionEdits edits;

	private final CorrectionRenderer renderer;

	private final SubscriberStore subscribers;

	private final SendPacer pacer;

	private final SendBudget budget;

	private final DeliveryProperties properties;

	private final Clock clock;

	/** A correction's items never change once planned. */
	private final Cache<Long, Map<Long, CorrectedItem>> items = Caffeine.newBuilder()
		.maximumSize(100)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	CorrectionSender(Messenger messenger, CorrectionEdits edits, CorrectionRenderer renderer,
			SubscriberStore subscribers, SendPacer pacer, SendBudget budget, DeliveryProperties properties,
			Clock clock) {
		this.messenger = messenger;
		this.edits = edits;
		this.renderer = renderer;
		this.subscribers = subscribers;
		this.pacer = pacer;
		this.budget = budget;
		this.properties = properties;
		this.clock = clock;
	}

	void send(EditClaim claim) {
		ClaimedEdit edit = claim.edits().get(0);
		try {
			Optional<Subscriber> place = subscribers.find(claim.place());
			if (place.isEmpty()) {
				edits.gone(edit, "place forgotten", clock.instant());
				edits.release(claim, clock.instant());
				return;
			}
			Optional<String> html = renderer.render(place.get(), edit, items.get(edit.correctionId(), edits::items));
			if (html.isEmpty()) {
				log.warn("The corrected message {} in {} would be too long; it keeps its old text", edit.messageId(),
						claim.place());
				edits.failed(edit, "too long for one message", clock.instant());
				edits.release(claim, clock.instant());
				return;
			}
			if (awaitTurn(claim) && stillHeld(claim)) {
				editAndSettle(claim, edit, html.get());
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not settle an edit in chat {}; it waits for its lease to end", claim.place().chatId(), ex);
		}
	}

	private SendOutcome edit(EditClaim claim, ClaimedEdit edit, String html) {
		try {
			return messenger.edit(claim.place().chatId(), edit.messageId(), html);
		}
		catch (RuntimeException ex) {
			return new SendOutcome.Failed(ex.toString(), true);
		}
	}

	/** Waits for the next turn a push message would get; false when Telegram asked for a pause. */
	private boolean awaitTurn(EditClaim claim) {
		try {
			budget.awaitPushTurn();
		}
		catch (InterruptedException ex) {
			return interrupted(claim);
		}
		return notPaused(claim);
	}

	/**
	 * Waits for the edit's departure, the last thing before Telegram is called, unless Telegram
	 * asked for a pause meanwhile; edits, and tells the window when the answer came.
	 */
	private void editAndSettle(EditClaim claim, ClaimedEdit edit, String html) {
		Optional<SendOutcome> outcome;
		try {
			outcome = budget.depart(() -> notPaused(claim), () -> edit(claim, edit, html));
		}
		catch (InterruptedException ex) {
			interrupted(claim);
			return;
		}
		outcome.ifPresent(edited -> settle(claim, edit, edited));
	}

	private boolean interrupted(EditClaim claim) {
		Thread.currentThread().interrupt();
		edits.release(claim, clock.instant());
		return false;
	}

	private boolean notPaused(EditClaim claim) {
		Instant pausedUntil = pacer.pausedAt(clock.instant());
		if (pausedUntil != null) {
			edits.release(claim, pausedUntil);
			return false;
		}
		return true;
	}

	private boolean stillHeld(EditClaim claim) {
		if (edits.extend(claim, clock.instant().plus(properties.lease()))) {
			return true;
		}
		log.warn("The claim on chat {}'s edits ended before the edit was made; leaving it to its new sender",
				claim.place().chatId());
		return false;
	}

	private void settle(EditClaim claim, ClaimedEdit edit, SendOutcome outcome) {
		Instant now = clock.instant();
		Instant chatFree = now.plus(properties.gap(claim.place().chatId()));
		if (outcome instanceof SendOutcome.Sent) {
			edits.edited(edit, now);
		}
		else if (outcome instanceof SendOutcome.Unchanged) {
			edits.unchanged(edit, now);
		}
		else if (outcome instanceof SendOutcome.NotEditable refused && refused.deleted()) {
			edits.gone(edit, refused.reason(), now);
		}
		else if (outcome instanceof SendOutcome.NotEditable refused) {
			edits.failed(edit, refused.reason(), now);
		}
		else if (outcome instanceof SendOutcome.ChatGone gone) {
			edits.gone(edit, "chat gone: " + gone.reason(), now);
		}
		else if (outcome instanceof SendOutcome.RateLimited limited) {
			budget.rateLimited(limited.retryAfter());
			chatFree = now.plus(limited.retryAfter());
		}
		else if (outcome instanceof SendOutcome.Failed failed && failed.retriable()
				&& edit.attempts() + 1 < properties.maxAttempts()) {
			edits.retry(edit, failed.reason(), now.plus(properties.retryDelay(edit.attempts() + 1)));
		}
		else { // refused for good: bad markup, a group that moved, any other 4xx, or too many tries
			log.warn("An edit in chat {} failed for good: {}", claim.place().chatId(), outcome);
			edits.failed(edit, outcome.toString(), now);
		}
		edits.release(claim, chatFree);
	}

}
