package digestbot.chat;

import java.util.Optional;

import digestbot.text.Texts;

/**
 * Turns the text of a message into a {@link Command}. Works in one pass over the text
 * without regular expressions, so any length and any Unicode is safe.
 * <p>
 * A text whose first non-blank character is {@code /} is a command; its name runs to the
 * first whitespace and is looked up, case-insensitively, among the names and aliases the groups
 * registered in {@link CommandNames}, which also parse the argument; a name no group registered
 * is {@link Command.Unknown}. A name addressed to another bot ({@code /latest@otherbot}) is
 * ignored; one addressed to this bot
 * ({@code /latest@thisbot}, any case) or to no bot ({@code /latest@}) is ours, and when this
 * bot's username is unknown (the terminal), every address is taken as ours. This is the one
 * place that reads such addresses: the edge passes texts on as sent.
 */
public final class CommandParser {

	/** Arguments longer than this are cut: no command needs more, and answers echo them. */
	public static final int MAX_ARGUMENT_LENGTH = 256;

	/** Plain text longer than this is cut: it is what one Telegram message can hold. */
	public static final int MAX_TEXT_LENGTH = 4096;

	static final int MAX_NAME_LENGTH = 64;

	private final String botUsername;

	private final CommandNames names;

	/**
	 * @param botUsername this bot's username with or without {@code @}, or {@code null}
	 * or blank when unknown
	 * @param names the names the groups of commands registered, with their argument parsers
	 */
	CommandParser(String botUsername, CommandNames names) {
		this.names = names;
		String name = (botUsername == null) ? "" : botUsername.strip();
		name = name.startsWith("@") ? name.substring(1) : name;
		this.botUsername = name.isEmpty() ? null : name;
	}

	/**
	 * Parses a message text; {@code null} (a message without text) is an empty {@link Command.Text}.
	 *
	 * @return the command, or empty when the command is addressed to another bot
	 */
	public Optional<Command> parse(String text) {
		if (text == null) {
			return Optional.of(new Command.Text(""));
		}
		int start = skipWhitespace(text, 0);
		if (start == text.length() || text.charAt(start) != '/') {
			return Optional.of(new Command.Text(Texts.cap(text.strip(), MAX_TEXT_LENGTH).strip()));
		}
		int end = Texts.nextWhitespace(text, start + 1);
		String token = text.substring(start + 1, end);
		int at = token.indexOf('@');
		String name = (at < 0) ? token : token.substring(0, at);
		if (at >= 0 && !isAddressedToUs(token.substring(at + 1))) {
			return Optional.empty();
		}
		String argument = Texts.singleLine(text, end, MAX_ARGUMENT_LENGTH);
		return Optional.of(command(name, argument));
	}

	private boolean isAddressedToUs(String addressee) {
		return botUsername == null || addressee.isEmpty() || addressee.equalsIgnoreCase(botUsername);
	}

	private Command command(String name, String argument) {
		return names.parse(name, argument).orElseGet(() -> new Command.Unknown(Texts.cap(name, MAX_NAME_LENGTH)));
	}

	private static int skipWhitespace(String text, int from) {
		int i = from;
		while (i < text.length() && Texts.isWhitespace(text.codePointAt(i))) {
			i += Character.charCount(text.codePointAt(i));
		}
		return i;
	}

}
