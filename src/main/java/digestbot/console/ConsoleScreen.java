package digestbot.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import digestbot.text.Html;
import digestbot.chat.Keyboard;
import digestbot.chat.Outgoing;

/**
 * Shows the bot's answers as plain text. Keyboards become numbered choices; the buttons of the
 * last keyboard shown can be pressed by typing their number.
 */
class ConsoleScreen {

	private final PrintStream out;

	private final List<Choice> choices = new ArrayList<>();

	private int nextMessageId = 1;

	ConsoleScreen(PrintStream out) {
		this.out = out;
	}

	record Choice(int messageId, Keyboard.Button button) {
	}

	void show(List<Outgoing> actions) {
		for (Outgoing action : actions) {
			if (action instanceof Outgoing.Send send) {
				print(nextMessageId++, send.html(), send.keyboard());
			}
			else if (action instanceof Outgoing.Edit edit) {
				print(edit.messageId(), edit.html(), edit.keyboard());
			}
			else if (action instanceof Outgoing.RemoveKeyboard) {
				choices.clear();
			}
			else if (action instanceof Outgoing.AnswerButton answer && answer.text() != null) {
				out.println("» " + answer.text());
			}
		}
		out.flush();
	}

	/** The button numbered {@code number} in the last keyboard shown. */
	Optional<Choice> choice(int number) {
		return number >= 1 && number <= choices.size() ? Optional.of(choices.get(number - 1)) : Optional.empty();
	}

	private void print(int messageId, String html, Keyboard keyboard) {
		out.println();
		out.println(Html.toPlainText(html));
		if (keyboard == null) {
			return;
		}
		choices.clear();
		StringBuilder line = new StringBuilder();
		for (Keyboard.Button button : keyboard.buttons()) {
			choices.add(new Choice(messageId, button));
			line.append(line.isEmpty() ? "" : "  ").append('[').append(choices.size()).append("] ").append(button.label());
		}
		out.println(line);
	}

}
