package digestbot.chat;

import digestbot.text.Html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The bot's texts in each {@link Language}, loaded from {@code messages/messages_<code>.properties}
 * and checked on load: every {@link MessageKey} present with the right number of arguments,
 * every command in the menu (as the groups register it in {@link CommandNames}) described, no
 * unknown key. Thread-safe once built.
 */
public final class Messages {

	private static final String COMMAND_PREFIX = "command.";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final Map<Language, DateTimeFormatter> DATES = new EnumMap<>(Language.class);

	static {
		for (Language language : Language.values()) {
			DATES.put(language, DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale()));
		}
	}

	private final Map<Language, Map<MessageKey, String>> patterns = new EnumMap<>(Language.class);

	/** Parsed once, since parsing cost more than formatting; cloned for each use: a format is not thread-safe. */
	private final Map<Language, Map<MessageKey, Parsed>> formats = new EnumMap<>(Language.class);

	/** Texts formatted lately from short arguments (see {@link #memorable}). */
	private final Cache<Formatted, String> formatted = Caffeine.newBuilder().maximumSize(4096).build();

	private final Map<Language, List<MenuCommand>> publicCommands = new EnumMap<>(Language.class);

	private final Map<Language, List<MenuCommand>> adminCommands = new EnumMap<>(Language.class);

	/**
	 * @param publicNames the commands in the menu every user sees, in menu order
	 * @param adminNames the commands only admins may use, in menu order
	 */
	Messages(Map<Language, Properties> texts, List<String> publicNames, List<String> adminNames) {
		List<String> problems = new ArrayList<>();
		for (Language language : Language.values()) {
			Properties properties = texts.getOrDefault(language, new Properties());
			MessagesCheck check = new MessagesCheck(language, properties, problems);
			patterns.put(language, check.patterns());
			formats.put(language, new ConcurrentHashMap<>());
			publicCommands.put(language, check.commands(publicNames));
			adminCommands.put(language, check.commands(adminNames));
			check.unknownKeys(COMMAND_PREFIX, publicNames, adminNames);
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Bad message texts: " + String.join("; ", problems));
		}
	}

	/**
	 * Loads the texts from the class path, with the menu the groups of commands registered.
	 *
	 * @throws IllegalStateException when a text is missing or malformed, or a menu command has no description
	 */
	static Messages load(CommandNames names) {
		Map<Language, Properties> texts = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			texts.put(language, read("/messages/messages_" + language.code() + ".properties"));
		}
		return new Messages(texts, names.menu(CommandNames.Menu.PUBLIC), names.menu(CommandNames.Menu.ADMIN));
	}

	static Properties read(String resource) {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(resource)) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	/**
	 * The text as Telegram HTML. Text arguments (any {@link CharSequence}, {@code toString()} of
	 * anything else) are escaped; a {@link SafeHtml} is inserted as is; numbers are formatted
	 * for the language (pass ids as strings); a {@code LocalDate} reads "27 januari 2025", a
	 * {@code LocalTime} "07:30"; {@code null} is empty.
	 *
	 * @throws IllegalArgumentException when the number of arguments is not {@link MessageKey#arguments()}
	 */
	public String text(Language language, MessageKey key, Object... arguments) {
		if (arguments.length != key.arguments()) {
			throw new IllegalArgumentException(key + " takes " + key.arguments() + " arguments, got " + arguments.length);
		}
		Parsed parsed = formats.get(language)
			.computeIfAbsent(key, unparsed -> Parsed.of(pattern(language, unparsed), language));
		Object[] values = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			values[i] = parsed.plain(i) ? plainNumber(value(arguments[i], language)) : value(arguments[i], language);
		}
		if (!memorable(values)) {
			return ((MessageFormat) parsed.format().clone()).format(values);
		}
		return formatted.get(new Formatted(language, key, List.of(values)),
				memo -> ((MessageFormat) parsed.format().clone()).format(values));
	}

	/**
	 * Whether a text is worth keeping for the next time: its arguments are all short. The same
	 * few texts (a header with an issue's date and count, a button's label) come again with every
	 * command, and a pattern with a choice in it is parsed anew each time it is formatted.
	 */
	private static boolean memorable(Object[] values) {
		for (Object value : values) {
			if (!(value instanceof Number) && !(value instanceof String text && text.length() <= 64)) {
				return false;
			}
		}
		return true;
	}

	private record Formatted(Language language, MessageKey key, List<Object> values) {
	}

	/**
	 * A small count as its digits. {@code MessageFormat} looks up the locale's number format for
	 * every number it is given without a format of its own, which a profile of {@code /latest}
	 * found costly; below a thousand there is no grouping, so the digits are the same.
	 */
	private static Object plainNumber(Object value) {
		if ((value instanceof Integer || value instanceof Long) && ((Number) value).longValue() >= 0
				&& ((Number) value).longValue() < 1000) {
			return value.toString();
		}
		return value;
	}

	/** A parsed pattern, and which of its arguments it inserts without a format of their own. */
	private record Parsed(MessageFormat format, boolean[] plain) {

		static Parsed of(String pattern, Language language) {
			MessageFormat format = new MessageFormat(pattern, language.locale());
			Format[] byArgument = format.getFormatsByArgumentIndex();
			boolean[] plain = new boolean[byArgument.length];
			for (int i = 0; i < byArgument.length; i++) {
				// Only the last use of an argument shows here: one used with a format anywhere is not plain.
				plain[i] = byArgument[i] == null && !pattern.contains("{" + i + ",");
			}
			return new Parsed(format, plain);
		}

		boolean plain(int argument) {
			return argument < plain.length && plain[argument];
		}

	}

	String pattern(Language language, MessageKey key) {
		return patterns.get(language).get(key);
	}

	private static Object value(Object argument, Language language) {
		if (argument == null) {
			return "";
		}
		if (argument instanceof SafeHtml) {
			return ((SafeHtml) argument).html();
		}
		if (argument instanceof Number) {
			return argument;
		}
		if (argument instanceof LocalDate) {
			return DATES.get(language).format((LocalDate) argument);
		}
		if (argument instanceof LocalTime) {
			return TIME.format((LocalTime) argument);
		}
		return Html.escape(argument.toString());
	}

	/** The command menu for everyone, for {@code setMyCommands} with this language's code. */
	public List<MenuCommand> publicCommands(Language language) {
		return publicCommands.get(language);
	}

	/** The admin-only commands; an admin's menu is {@link #publicCommands} followed by these. */
	public List<MenuCommand> adminCommands(Language language) {
		return adminCommands.get(language);
	}

	/** The answer to {@code /help}: a header and a line per menu command, the admin ones only for admins. */
	public String help(Language language, boolean admin) {
		StringBuilder help = new StringBuilder(text(language, MessageKey.HELP_HEADER));
		publicCommands(language).forEach(command -> appendLine(help, command));
		if (admin) {
			help.append("\n\n").append(text(language, MessageKey.HELP_ADMIN_HEADER));
			adminCommands(language).forEach(command -> appendLine(help, command));
		}
		return help.toString();
	}

	private static void appendLine(StringBuilder help, MenuCommand command) {
		help.append("\n/").append(command.name()).append(" — ").append(Html.escape(command.description()));
	}

}
