package digestbot.chat;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The names users type, as the groups of commands register them: each command's name and
 * aliases (matched case-insensitively), how its argument becomes a {@link Command}, and its
 * place in the menu, if any. Registered once at start, before the texts are loaded, so the menu
 * in {@link Messages} comes from here; a name or alias registered twice, or a menu place taken
 * twice, stops the start. Read-only, and so thread-safe, once built.
 */
final class CommandNames {

	/** The menu a command is listed in: everyone's, or the admins' that follows it. */
	enum Menu {

		PUBLIC, ADMIN

	}

	/**
	 * The names of one group of commands. Each group has one, next to its handlers, as a
	 * component of its own: the names are needed before the texts, which the handlers need.
	 */
	interface Group {

		void register(CommandNames names);

	}

	/** One registered command, to add aliases and a menu place to. */
	final class Name {

		private final String name;

		private Name(String name) {
			this.name = name;
		}

		/** Other names for the same command, such as Dutch ones; never in the menu. */
		Name aliases(String... aliases) {
			for (String alias : aliases) {
				claim(alias, parsers.get(name).parse());
			}
			return this;
		}

		/** Lists the command in a menu; the menu is in the order of the positions. */
		Name menu(Menu menu, int position) {
			String taken = menus.get(menu).putIfAbsent(position, name);
			if (taken != null) {
				throw new IllegalStateException("Place " + position + " in the " + menu + " menu is taken by both /"
						+ taken + " and /" + name);
			}
			return this;
		}

	}

	private record Parser(String group, Function<String, Command> parse) {
	}

	private final Map<String, Parser> parsers = new HashMap<>();

	private final Map<Menu, Map<Integer, String>> menus = new EnumMap<>(Menu.class);

	private String group = "";

	private CommandNames() {
		for (Menu menu : Menu.values()) {
			menus.put(menu, new HashMap<>());
		}
	}

	/**
	 * The names the groups register.
	 * @throws IllegalStateException when a name, an alias or a menu place is registered twice
	 */
	static CommandNames of(List<? extends Group> groups) {
		CommandNames names = new CommandNames();
		for (Group each : groups) {
			names.group = each.getClass().getName().substring(each.getClass().getPackageName().length() + 1);
			each.register(names);
		}
		names.group = "";
		return names;
	}

	/** Registers a command whose argument, the rest of the line or {@code null}, is parsed by {@code parse}. */
	Name command(String name, Function<String, Command> parse) {
		claim(name, parse);
		return new Name(name);
	}

	/** Registers a command that takes no argument. */
	Name command(String name, Supplier<Command> command) {
		return command(name, argument -> command.get());
	}

	private void claim(String name, Function<String, Command> parse) {
		if (name.isEmpty() || !name.equals(name.toLowerCase(Locale.ROOT))
				|| name.chars().anyMatch(c -> c == '@' || Character.isWhitespace(c))) {
			throw new IllegalArgumentException("Command name " + name + " is not lower case without spaces or @");
		}
		Parser claimed = parsers.putIfAbsent(name, new Parser(group, parse));
		if (claimed != null) {
			throw new IllegalStateException("Command name /" + name + " is registered by both " + claimed.group()
					+ " and " + group);
		}
	}

	/** The command a name (any case) and its argument make, or empty when no group registered the name. */
	Optional<Command> parse(String name, String argument) {
		Parser parser = parsers.get(name.toLowerCase(Locale.ROOT));
		return (parser == null) ? Optional.empty() : Optional.of(parser.parse().apply(argument));
	}

	/** The names in a menu, in menu order. */
	List<String> menu(Menu menu) {
		return menus.get(menu).entrySet().stream()
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.map(Map.Entry::getValue)
			.toList();
	}

}
