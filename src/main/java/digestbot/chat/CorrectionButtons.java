package digestbot.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import digestbot.delivery.CorrectionOffer;
import digestbot.delivery.Corrections;
import digestbot.text.Html;

/**
 * "Correctie versturen": offered after an issue whose items reached readers was published again
 * with some of them changed or removed. The button names the correction; any admin may press it,
 * and it sends the correction once.
 */
final class CorrectionButtons {

	/** The kind of the button: its owner is the admin it was shown to. */
	static final String CORRECTION_BUTTON = "k";

	private final Corrections corrections;

	private final Replies replies;

	CorrectionButtons(Corrections corrections, Replies replies) {
		this.corrections = corrections;
		this.replies = replies;
	}

	/** The offer of the issue's correction waiting to be sent, if there is one. */
	List<Outgoing> offer(Turn turn, LocalDate issueDate) {
		Optional<CorrectionOffer> offer = corrections.offered(issueDate);
		if (offer.isEmpty()) {
			return List.of();
		}
		CorrectionOffer found = offer.get();
		Keyboard keyboard = Keyboard.of(new Keyboard.Button(replies.text(turn, MessageKey.BUTTON_CORRECT),
				new ButtonData(CORRECTION_BUTTON, turn.userId(), String.valueOf(found.id())).encode()));
		return replies.html(turn,
				replies.text(turn, MessageKey.CORRECTION_OFFER, found.issueDate(), found.messages(), found.places()),
				keyboard);
	}

	List<Outgoing> press(ButtonData data, Incoming.ButtonPress press, Turn turn) {
		Optional<Integer> edits = data.argument().matches("\\d{1,18}")
				? corrections.send(Long.parseLong(data.argument()), turn.userId()) : Optional.empty();
		if (edits.isEmpty()) {
			return List.of(new Outgoing.AnswerButton(press.callbackId(),
					Html.toPlainText(replies.text(turn, MessageKey.CORRECTION_GONE))));
		}
		List<Outgoing> answer = new ArrayList<>();
		answer.add(new Outgoing.RemoveKeyboard(press.chatId(), press.messageId()));
		answer.add(new Outgoing.AnswerButton(press.callbackId(), null));
		answer.addAll(replies.say(turn, MessageKey.CORRECTION_STARTED, edits.get()));
		return answer;
	}

}
