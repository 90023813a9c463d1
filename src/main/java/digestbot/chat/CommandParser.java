package digestbot.chat;

import digestbot.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the text of a message into a {@link Command}. Works in one pass over the text
 * without regular expressions, so any length and any Unicode is safe.
 * <p>
 * A text whose first non-blank character is {@code /} is a command; its name runs to the
 * first whitespace and is matched case-insensitively, with a few Dutch aliases. A name
 * addressed to another bot ({@code /latest@otherbot}) is ignored; one addressed to this bot
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

	private static final int MAX_PAYLOAD_LENGTH = 64;

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

	private final String botUsername;

	/**
	 * @param botUsername this bot's username with or without {@code @}, or {@code null}
	 * or blank when unknown
	 */
	public CommandParser(String botUsername) {
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

	private static Command command(String name, String argument) {
		switch (name.toLowerCase(Locale.ROOT)) {
			case "start": return new Command.Start(payload(argument));
			case "help", "hulp": return new Command.Help();
			case "sections", "topics", "rubrieken": return new Command.Sections();
			case "subscribe", "abonneer": return new Command.Subscribe(argument);
			case "unsubscribe", "opzeggen": return new Command.Unsubscribe(argument);
			case "mine", "mijn": return new Command.Mine();
			case "latest", "laatste": return new Command.Latest(argument);
			case "more", "meer": return new Command.More();
			case "source", "bron": return source(argument);
			case "issue", "editie": return issue(argument);
			case "archive", "archief": return new Command.Archive();
			case "search", "zoek": return new Command.Search(argument);
			case "time", "tijd": return new Command.Time(argument);
			case "pause", "pauze": return new Command.Pause();
			case "resume", "hervat": return new Command.Resume();
			case "stop": return new Command.Stop();
			case "lang", "language", "taal": return new Command.Lang(argument);
			case "format", "formaat": return new Command.Format(argument);
			case "whoami": return new Command.WhoAmI();
			case "done", "klaar": return new Command.Done();
			case "cancel", "annuleer": return new Command.Cancel();
			case "preview": return new Command.Preview();
			case "publish": return new Command.Publish(argument);
			case "pushnow", "push_now": return new Command.PushNow();
			case "stats": return new Command.Stats();
			default: return new Command.Unknown(Texts.cap(name, MAX_NAME_LENGTH));
		}
	}

	private static String payload(String argument) {
		if (argument == null || argument.length() > MAX_PAYLOAD_LENGTH) {
			return null;
		}
		for (int i = 0; i < argument.length(); i++) {
			char c = argument.charAt(i);
			boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
					|| c == '_' || c == '-';
			if (!allowed) {
				return null;
			}
		}
		return argument;
	}

	private static Command source(String argument) {
		if (argument == null) {
			return new Command.Source(null);
		}
		String digits = argument.startsWith("#") ? argument.substring(1) : argument;
		if (digits.isEmpty() || digits.length() > 6) {
			return new Command.BadArgument("source", argument);
		}
		for (int i = 0; i < digits.length(); i++) {
			if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
				return new Command.BadArgument("source", argument);
			}
		}
		int number = Integer.parseInt(digits);
		return (number == 0) ? new Command.BadArgument("source", argument) : new Command.Source(number);
	}

	private static Command issue(String argument) {
		if (argument == null) {
			return new Command.IssueToc(null);
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return new Command.IssueToc(LocalDate.parse(argument, format));
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return new Command.BadArgument("issue", argument);
	}

	private static int skipWhitespace(String text, int from) {
		int i = from;
		while (i < text.length() && Texts.isWhitespace(text.codePointAt(i))) {
			i += Character.charCount(text.codePointAt(i));
		}
		return i;
	}

}
