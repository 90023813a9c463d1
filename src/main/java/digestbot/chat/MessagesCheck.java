package digestbot.chat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Reads one language's properties into patterns and menus, noting every problem it finds. */
final class MessagesCheck {

	private static final int MAX_NAME_LENGTH = 32;

	private static final int MAX_DESCRIPTION_LENGTH = 256;

	private final Language language;

	private final Properties properties;

	private final List<String> problems;

	MessagesCheck(Language language, Properties properties, List<String> problems) {
		this.language = language;
		this.properties = properties;
		this.problems = problems;
	}

	Map<MessageKey, String> patterns() {
		Map<MessageKey, String> patterns = new EnumMap<>(MessageKey.class);
		for (MessageKey key : MessageKey.values()) {
			String pattern = properties.getProperty(key.property());
			if (pattern == null) {
				problem(key.property() + " is missing");
				continue;
			}
			try {
				int arguments = new MessageFormat(pattern, language.locale()).getFormatsByArgumentIndex().length;
				if (arguments != key.arguments()) {
					problem(key.property() + " uses " + arguments + " arguments, not " + key.arguments());
				}
				patterns.put(key, pattern);
			}
			catch (IllegalArgumentException ex) {
				problem(key.property() + " is no MessageFormat pattern: " + ex.getMessage());
			}
		}
		return Collections.unmodifiableMap(patterns);
	}

	List<MenuCommand> commands(List<String> names) {
		List<MenuCommand> commands = new ArrayList<>();
		for (String name : names) {
			String pattern = properties.getProperty("command." + name);
			if (!isCommandName(name)) {
				problem("command name " + name + " is not 1-32 characters of a-z0-9_");
			}
			else if (pattern == null) {
				problem("command." + name + " is missing");
			}
			else {
				String description = new MessageFormat(pattern, language.locale()).format(new Object[0]).strip();
				if (description.isEmpty() || description.length() > MAX_DESCRIPTION_LENGTH) {
					problem("command." + name + " is not 1-256 characters long");
				}
				commands.add(new MenuCommand(name, description));
			}
		}
		return List.copyOf(commands);
	}

	void unknownKeys(String commandPrefix, List<String> publicCommands, List<String> adminCommands) {
		Set<String> known = new HashSet<>();
		for (MessageKey key : MessageKey.values()) {
			known.add(key.property());
		}
		publicCommands.forEach(name -> known.add(commandPrefix + name));
		adminCommands.forEach(name -> known.add(commandPrefix + name));
		properties.stringPropertyNames().stream()
			.filter(name -> !known.contains(name))
			.sorted()
			.forEach(name -> problem(name + " is not a known key"));
	}

	private static boolean isCommandName(String name) {
		return !name.isEmpty() && name.length() <= MAX_NAME_LENGTH
				&& name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
	}

	private void problem(String problem) {
		problems.add(language.code() + ": " + problem);
	}

}
