package digestbot.chat;

import java.util.Optional;

/**
 * The data of the bot's buttons: a kind, the user the keyboard was made for, and an argument,
 * as {@code kind:owner:argument} (at most 64 bytes). Each kind belongs to the group of commands
 * that claimed it in {@link Routes}. Clients can send any data, so parsing never trusts it.
 */
record ButtonData(String kind, long owner, String argument) {

	private static final int MAX_BYTES = 64;

	String encode() {
		String data = kind + ":" + owner + ":" + argument;
		if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new IllegalArgumentException("button data over 64 bytes: " + data);
		}
		return data;
	}

	static Optional<ButtonData> parse(String data) {
		if (data == null || data.length() > MAX_BYTES) {
			return Optional.empty();
		}
		String[] parts = data.split(":", 3);
		if (parts.length != 3 || parts[0].isEmpty() || !parts[1].matches("-?\\d{1,19}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(new ButtonData(parts[0], Long.parseLong(parts[1]), parts[2]));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
