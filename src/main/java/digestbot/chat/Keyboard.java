package digestbot.chat;

import java.util.List;

/** An inline keyboard: rows of buttons. */
public record Keyboard(List<List<Button>> rows) {

	public Keyboard {
		rows = rows.stream().map(List::copyOf).toList();
	}

	public static Keyboard of(Button... buttons) {
		return new Keyboard(List.of(List.of(buttons)));
	}

	public List<Button> buttons() {
		return rows.stream().flatMap(List::stream).toList();
	}

	/**
	 * A button; {@code data} travels back in the press and is at most 64 bytes.
	 */
	public record Button(String label, String data) {
	}

}
