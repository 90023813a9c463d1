package digestbot.fakebotapi;

import java.util.List;

/**
 * A setMyCommands call, or a deleteMyCommands one ({@code commands} then empty).
 *
 * @param commands the commands in the order sent
 * @param scopeJson the scope object as JSON, or null for the default scope
 * @param languageCode the language the list is for, or null for all
 */
public record CommandsSet(List<Command> commands, String scopeJson, String languageCode) {

	public CommandsSet {
		commands = List.copyOf(commands);
	}

	/** One entry of the bot's command menu. */
	public record Command(String command, String description) {
	}

	public boolean isDeletion() {
		return this.commands.isEmpty();
	}

}
