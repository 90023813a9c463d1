package digestbot.chat;

import java.util.List;

/** The names every group of commands registers, as the application has them, without Spring. */
final class TestCommandNames {

	private static final CommandNames ALL = CommandNames.of(List.of(new TopicCommands.Names(), new HelpCommands.Names(),
			new ReadingCommands.Names(), new LookupCommands.Names(), new SettingsCommands.Names(),
			new PublishCommands.Names(), new AdminCommands.Names(), new ExportCommands.Names(),
			new ChannelCommands.Names(), new ScheduleCommands.Names()));

	private TestCommandNames() {
	}

	static CommandNames all() {
		return ALL;
	}

	static CommandParser parser(String botUsername) {
		return new CommandParser(botUsername, ALL);
	}

	static Messages messages() {
		return Messages.load(ALL);
	}

}
