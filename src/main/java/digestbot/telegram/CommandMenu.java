package digestbot.telegram;

import java.util.List;

import digestbot.chat.ChatService;
import digestbot.chat.Language;
import digestbot.chat.MenuCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Publishes the command menu: the public commands for everyone in Dutch (the default) and
 * English, and the admin commands too in each admin's private chat.
 */
class CommandMenu {

	private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

	private final TelegramClient client;

	private final ChatService chat;

	CommandMenu(TelegramClient client, ChatService chat) {
		this.client = client;
		this.chat = chat;
	}

	void publish(Iterable<Long> admins) {
		try {
			client.execute(set(chat.menu(Language.NL, false), null, null));
			client.execute(set(chat.menu(Language.EN, false), "en", null));
			for (Long admin : admins) {
				client.execute(set(chat.menu(Language.NL, true), null, admin));
				client.execute(set(chat.menu(Language.EN, true), "en", admin));
			}
		}
		catch (TelegramApiException ex) {
			log.warn("The command menu was not published: {}", TelegramErrors.describe(ex));
		}
	}

	private static SetMyCommands set(List<MenuCommand> menu, String language, Long adminChat) {
		List<BotCommand> commands = menu.stream()
			.map(command -> new BotCommand(command.name(), command.description()))
			.toList();
		SetMyCommands.SetMyCommandsBuilder<?, ?> builder = SetMyCommands.builder().commands(commands).languageCode(language);
		if (adminChat != null) {
			builder.scope(new BotCommandScopeChat(String.valueOf(adminChat)));
		}
		else {
			builder.scope(new BotCommandScopeDefault());
		}
		return builder.build();
	}

}
