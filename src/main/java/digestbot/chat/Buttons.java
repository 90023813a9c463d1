package digestbot.chat;

import java.util.List;
import java.util.Optional;

import digestbot.text.Html;

/**
 * Button presses. Their data comes from the client and is checked: an unreadable or unknown
 * button, or one made for another user, changes nothing and gets a short answer.
 */
final class Buttons {

	private final TopicCommands topics;

	private final ReadingCommands reading;

	private final PublishCommands publishing;

	private final Replies replies;

	Buttons(TopicCommands topics, ReadingCommands reading, PublishCommands publishing, Replies replies) {
		this.topics = topics;
		this.reading = reading;
		this.publishing = publishing;
		this.replies = replies;
	}

	List<Outgoing> press(Incoming.ButtonPress press, Turn turn) {
		Optional<ButtonData> data = ButtonData.parse(press.data());
		if (data.isEmpty()) {
			return answer(press, turn, MessageKey.BUTTON_EXPIRED);
		}
		if (ButtonData.PUBLISH.equals(data.get().kind())) {
			return publishing.press(data.get(), press, turn);
		}
		if (data.get().owner() != press.userId()) {
			return answer(press, turn, MessageKey.BUTTON_NOT_YOURS);
		}
		switch (data.get().kind()) {
			case ButtonData.TOPIC:
				return topics.press(data.get(), press, turn);
			case ButtonData.MORE:
				return reading.press(press, turn);
			default:
				return answer(press, turn, MessageKey.BUTTON_EXPIRED);
		}
	}

	private List<Outgoing> answer(Incoming.ButtonPress press, Turn turn, MessageKey key) {
		return List.of(new Outgoing.AnswerButton(press.callbackId(), Html.toPlainText(replies.text(turn, key))));
	}

}
