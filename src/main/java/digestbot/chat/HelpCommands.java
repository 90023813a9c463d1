package digestbot.chat;

import org.springframework.stereotype.Component;

/** /help, unknown commands and bad arguments. */
@Component
final class HelpCommands implements ChatCommands {

	/** The name of /help; unknown commands and bad arguments have none. */
	@Component
	static final class Names implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("help", Command.Help::new).aliases("hulp").menu(CommandNames.Menu.PUBLIC, 20);
		}

	}

	private final Replies replies;

	private final Messages messages;

	HelpCommands(Replies replies, Messages messages) {
		this.replies = replies;
		this.messages = messages;
	}

	@Override
	public void register(Routes routes) {
		routes.on(Command.Help.class,
				(command, turn) -> replies.html(turn, messages.help(turn.language(), turn.admin()), null));
		routes.on(Command.Unknown.class, (command, turn) -> replies.say(turn, MessageKey.UNKNOWN_COMMAND, command.name()));
		routes.on(Command.BadArgument.class, (command, turn) -> replies.say(turn,
				"source".equals(command.command()) ? MessageKey.BAD_SOURCE_NUMBER : MessageKey.BAD_DATE,
				command.argument()));
	}

}
