package digestbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import digestbot.admin.Draft;
import digestbot.admin.DraftStore;
import digestbot.admin.Publisher;
import digestbot.delivery.PushReports;
import digestbot.text.Html;

/**
 * The buttons under a preview. Their data names the draft (its admin and version), so a
 * confirmation applies to exactly what was previewed, and any admin may press them.
 */
final class PublishButtons {

	private static final String PUBLISH = "pub";

	private static final String PUBLISH_NOW = "now";

	private static final String REPLACE = "rep";

	private static final String REPLACE_NOW = "repnow";

	private static final String CANCEL = "can";

	private final DraftStore drafts;

	private final Publisher publisher;

	private final Replies replies;

	private final PushReports push;

	private final BiFunction<Draft, Turn, List<Outgoing>> preview;

	private final CorrectionButtons corrections;

	PublishButtons(DraftStore drafts, Publisher publisher, Replies replies, PushReports push,
			BiFunction<Draft, Turn, List<Outgoing>> preview, CorrectionButtons corrections) {
		this.corrections = corrections;
		this.drafts = drafts;
		this.publisher = publisher;
		this.replies = replies;
		this.push = push;
		this.preview = preview;
	}

	Keyboard confirm(Draft draft, Turn turn) {
		return new Keyboard(List.of(List.of(button(turn, MessageKey.BUTTON_PUBLISH, draft, PUBLISH)),
				List.of(button(turn, MessageKey.BUTTON_PUBLISH_NOW, draft, PUBLISH_NOW)),
				List.of(button(turn, MessageKey.BUTTON_CANCEL, draft, CANCEL))));
	}

	Keyboard cancelOnly(Draft draft, Turn turn) {
		return Keyboard.of(button(turn, MessageKey.BUTTON_CANCEL, draft, CANCEL));
	}

	private Keyboard replace(Draft draft, Turn turn, boolean now) {
		return new Keyboard(List.of(List.of(button(turn, MessageKey.BUTTON_REPLACE, draft, now ? REPLACE_NOW : REPLACE)),
				List.of(button(turn, MessageKey.BUTTON_CANCEL, draft, CANCEL))));
	}

	private Keyboard.Button button(Turn turn, MessageKey label, Draft draft, String action) {
		return new Keyboard.Button(replies.text(turn, label),
				new ButtonData(PublishCommands.PUBLISH_BUTTON, draft.adminId(), action + "." + draft.version()).encode());
	}

	List<Outgoing> press(ButtonData data, Incoming.ButtonPress press, Turn turn) {
		String[] parts = data.argument().split("\\.", 2);
		if (parts.length != 2 || !parts[1].matches("\\d{1,9}")) {
			return answer(press, turn, MessageKey.BUTTON_EXPIRED);
		}
		int version = Integer.parseInt(parts[1]);
		String action = parts[0];
		if (CANCEL.equals(action)) {
			boolean current = drafts.find(data.owner()).filter(draft -> draft.version() == version).isPresent();
			if (current) {
				drafts.discard(data.owner());
			}
			return finish(press, turn, current ? MessageKey.CANCELLED : MessageKey.DRAFT_GONE);
		}
		boolean now = PUBLISH_NOW.equals(action) || REPLACE_NOW.equals(action);
		boolean replace = REPLACE.equals(action) || REPLACE_NOW.equals(action);
		if (!now && !replace && !PUBLISH.equals(action)) {
			return answer(press, turn, MessageKey.BUTTON_EXPIRED);
		}
		return outcome(publisher.publish(data.owner(), version, replace), data, version, now, press, turn);
	}

	private List<Outgoing> outcome(Publisher.Outcome outcome, ButtonData data, int version, boolean now,
			Incoming.ButtonPress press, Turn turn) {
		if (outcome instanceof Publisher.Outcome.Published published) {
			List<Outgoing> answer = new ArrayList<>(finish(press, turn, null));
			answer.addAll(replies.say(turn, MessageKey.PUBLISHED, published.issue().date(),
					published.issue().items().size()));
			if (now) {
				answer.addAll(replies.say(turn, MessageKey.PUSH_STARTED, push.pushNow().chats()));
			}
			answer.addAll(corrections.offer(turn, published.issue().date()));
			return answer;
		}
		if (outcome instanceof Publisher.Outcome.NeedsConfirmation confirmation) {
			Draft draft = drafts.find(data.owner()).orElseThrow();
			String numbers = confirmation.changedItems().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b)
				.orElse("");
			List<Outgoing> answer = new ArrayList<>(replies.html(turn,
					replies.text(turn, MessageKey.REPLACE_CONFIRM, numbers), replace(draft, turn, now)));
			answer.add(new Outgoing.AnswerButton(press.callbackId(), null));
			return answer;
		}
		if (outcome instanceof Publisher.Outcome.Refused refused) {
			List<Outgoing> answer = new ArrayList<>(replies.say(turn, MessageKey.PUBLISH_FAILED, refused.reason()));
			answer.add(new Outgoing.AnswerButton(press.callbackId(), null));
			return answer;
		}
		return answer(press, turn, MessageKey.DRAFT_GONE);
	}

	/** Closes the preview: its buttons go, so it cannot be pressed again. */
	private List<Outgoing> finish(Incoming.ButtonPress press, Turn turn, MessageKey note) {
		List<Outgoing> answer = new ArrayList<>();
		answer.add(new Outgoing.RemoveKeyboard(press.chatId(), press.messageId()));
		answer.add(new Outgoing.AnswerButton(press.callbackId(),
				note == null ? null : Html.toPlainText(replies.text(turn, note))));
		return answer;
	}

	private List<Outgoing> answer(Incoming.ButtonPress press, Turn turn, MessageKey key) {
		return List.of(new Outgoing.AnswerButton(press.callbackId(), Html.toPlainText(replies.text(turn, key))));
	}

}
