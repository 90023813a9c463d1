package digestbot.chat;

/**
 * A group of commands, such as choosing topics or reading the issue. Each group is a bean that
 * registers the commands and the button kinds it answers; {@link ChatService} routes every
 * update to the one group that claimed it. Adding a command means a record in {@link Command},
 * its name in {@link CommandParser}, its handler in one group, and its texts.
 */
interface ChatCommands {

	/** Claims this group's commands and button kinds. */
	void register(Routes routes);

}
