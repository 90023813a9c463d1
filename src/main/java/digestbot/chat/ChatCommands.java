package digestbot.chat;

/**
 * A group of commands, such as choosing topics or reading the issue. Each group is a bean that
 * registers the commands and the button kinds it answers; {@link ChatService} routes every
 * update to the one group that claimed it. Each group also has a {@link CommandNames.Group}, next
 * to its handlers, for its commands' names, aliases, argument parsing and menu places. Adding a
 * command means a record in {@link Command}, its names and handler in one group, and its texts.
 */
interface ChatCommands {

	/** Claims this group's commands and button kinds. */
	void register(Routes routes);

}
