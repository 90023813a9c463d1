package digestbot.telegram;

import java.util.List;

import digestbot.chat.ChatService;
import digestbot.chat.Language;
import digestbot.chat.MenuCommand;
import digestbot.chat.MenuScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Publishes the command menus, in Dutch (the default) and English, per scope: every public
 * command in private chats (the default scope); in groups, what their members may use (reading,
 * {@code BotCommandScopeAllGroupChats}) and, for their administrators, the settings too
 * ({@code BotCommandScopeAllChatAdministrators}: one menu for the administrators of every group,
 * where {@code BotCommandScopeChatAdministrators} would take a call per group, and groups the bot
 * has not seen yet would have none); and the admin commands too in each admin's private chat.
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
			publish(MenuScope.PRIVATE, new BotCommandScopeDefault());
			publish(MenuScope.GROUP_MEMBERS, new BotCommandScopeAllGroupChats());
			publish(MenuScope.GROUP_ADMINISTRATORS, new BotCommandScopeAllChatAdministrators());
			for (Long admin : admins) {
				publish(MenuScope.ADMIN, new BotCommandScopeChat(String.valueOf(admin)));
			}
		}
		catch (TelegramApiException ex) {
			log.warn("The command menu was not published: {}", TelegramErrors.describe(ex));
		}
	}

	private void publish(MenuScope menu, BotCommandScope scope) throws TelegramApiException {
		client.execute(set(chat.menu(Language.NL, menu), null, scope));
		client.execute(set(chat.menu(Language.EN, menu), "en", scope));
	}

	private static SetMyCommands set(List<MenuCommand> menu, String language, BotCommandScope scope) {
		List<BotCommand> commands = menu.stream()
			.map(command -> new BotCommand(command.name(), command.description()))
			.toList();
		return SetMyCommands.builder().commands(commands).languageCode(language).scope(scope).build();
	}

}
