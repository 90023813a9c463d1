package digestbot.channel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a user names a channel: {@code @name}, {@code name}, a {@code t.me/name} link, or its
 * numeric id ({@code -100…}). Read into what {@code getChat} takes.
 */
record ChannelReference(String value) {

	// Telegram usernames: 5-32 of a-z, 0-9 and _, starting with a letter.
	private static final Pattern USERNAME = Pattern
		.compile("(?:https?://)?(?:t\\.me/|telegram\\.me/|@)?([A-Za-z][A-Za-z0-9_]{3,31})/?");

	private static final Pattern ID = Pattern.compile("-?\\d{1,19}");

	/** The reference, or empty when the input names no channel. */
	static Optional<ChannelReference> parse(String input) {
		if (input == null || input.isBlank()) {
			return Optional.empty();
		}
		String text = input.strip();
		if (ID.matcher(text).matches()) {
			try {
				return Optional.of(new ChannelReference(Long.toString(Long.parseLong(text))));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		Matcher name = USERNAME.matcher(text);
		return name.matches() ? Optional.of(new ChannelReference("@" + name.group(1))) : Optional.empty();
	}

	/** Whether it is a numeric id rather than a @username. */
	boolean isId() {
		return !value.startsWith("@");
	}

	long id() {
		return Long.parseLong(value);
	}

	/** Whether a channel stored under this title is the one named (usernames ignore case). */
	boolean names(String title) {
		return !isId() && title != null && title.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
	}

}
