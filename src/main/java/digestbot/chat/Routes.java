package digestbot.chat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import digestbot.text.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which group answers which command and which button, and who may use them. Groups claim their
 * commands and button kinds at start; a command or button kind claimed twice stops the start.
 * Refuses, in one place: admin commands and admin buttons to everyone but the admins; commands
 * and buttons that change a place's settings to those who may not change them (in a group,
 * anyone but its administrators: {@code PlaceRights} decides); commands for private chats in
 * groups; and a button to anyone but the user it was made for.
 */
final class Routes {

	private static final Logger log = LoggerFactory.getLogger(Routes.class);

	/** Answers one kind of command. */
	@FunctionalInterface
	interface CommandHandler<C extends Command> {

		List<Outgoing> answer(C command, Turn turn);

	}

	/** Answers a press on one kind of button; the data was parsed, and who pressed it checked. */
	@FunctionalInterface
	interface ButtonHandler {

		List<Outgoing> press(ButtonData data, Incoming.ButtonPress press, Turn turn);

	}

	/** Who may use a command: anyone, those who may change the place's settings, anyone in a private chat, admins. */
	enum Access {

		ANYONE, SETTING, PRIVATE_CHAT, ADMIN

	}

	private record CommandRoute(String group, Access access, CommandHandler<Command> handler) {
	}

	/**
	 * @param anyAdmin any admin may press it; otherwise only the user the keyboard was made for
	 * @param setting pressing it changes the place's settings
	 */
	private record ButtonRoute(String group, boolean anyAdmin, boolean setting, ButtonHandler handler) {
	}

	private final Replies replies;

	private final Map<Class<?>, CommandRoute> commands = new HashMap<>();

	private final Map<String, ButtonRoute> buttons = new HashMap<>();

	private String group = "";

	private Routes(Replies replies) {
		this.replies = replies;
	}

	/**
	 * The routes the groups claim.
	 * @throws IllegalStateException when two groups claim the same command or button kind
	 */
	static Routes of(Replies replies, List<? extends ChatCommands> groups) {
		Routes routes = new Routes(replies);
		for (ChatCommands each : groups) {
			routes.group = each.getClass().getSimpleName();
			each.register(routes);
		}
		routes.group = "";
		return routes;
	}

	/** Claims a command anyone may use: reading. */
	<C extends Command> void on(Class<C> type, CommandHandler<C> handler) {
		claim(type, Access.ANYONE, handler);
	}

	/**
	 * Claims a command that changes the place's settings: in a group only its administrators may
	 * use it; others are told who may.
	 */
	<C extends Command> void setting(Class<C> type, CommandHandler<C> handler) {
		claim(type, Access.SETTING, handler);
	}

	/** Claims a command that makes sense in a private chat only; in a group it is declined. */
	<C extends Command> void privateChat(Class<C> type, CommandHandler<C> handler) {
		claim(type, Access.PRIVATE_CHAT, handler);
	}

	/** Claims a command only admins may use; others are told so, and the attempt is logged. */
	<C extends Command> void admin(Class<C> type, CommandHandler<C> handler) {
		claim(type, Access.ADMIN, handler);
	}

	/** Claims a kind of button that only the user it was made for may press. */
	void button(String kind, ButtonHandler handler) {
		claim(kind, false, false, handler);
	}

	/**
	 * Claims a kind of button that only the user it was made for may press, and only while they
	 * may change the place's settings.
	 */
	void settingButton(String kind, ButtonHandler handler) {
		claim(kind, false, true, handler);
	}

	/** Claims a kind of button that any admin may press, whoever it was made for. */
	void adminButton(String kind, ButtonHandler handler) {
		claim(kind, true, false, handler);
	}

	@SuppressWarnings("unchecked")
	private <C extends Command> void claim(Class<C> type, Access access, CommandHandler<C> handler) {
		CommandRoute claimed = commands.putIfAbsent(type,
				new CommandRoute(group, access, (CommandHandler<Command>) handler));
		if (claimed != null) {
			throw new IllegalStateException("Command " + type.getSimpleName() + " is claimed by both "
					+ claimed.group() + " and " + group);
		}
	}

	private void claim(String kind, boolean anyAdmin, boolean setting, ButtonHandler handler) {
		ButtonRoute claimed = buttons.putIfAbsent(kind, new ButtonRoute(group, anyAdmin, setting, handler));
		if (claimed != null) {
			throw new IllegalStateException("Button kind " + kind + " is claimed by both " + claimed.group() + " and "
					+ group);
		}
	}

	/** The kinds of {@link Command} no group claimed, by simple name. */
	Set<String> unclaimed() {
		Set<String> missing = new TreeSet<>();
		Arrays.stream(Command.class.getPermittedSubclasses())
			.filter(type -> !commands.containsKey(type))
			.forEach(type -> missing.add(type.getSimpleName()));
		return missing;
	}

	/** Who may use a kind of command; {@link Access#ANYONE} for one no group claimed. */
	Access access(Class<? extends Command> type) {
		CommandRoute route = commands.get(type);
		return (route == null) ? Access.ANYONE : route.access();
	}

	List<Outgoing> answer(Command command, Turn turn) {
		CommandRoute route = commands.get(command.getClass());
		if (route == null) {
			throw new IllegalStateException("No group answers " + command.getClass().getSimpleName());
		}
		switch (route.access()) {
			case ADMIN:
				if (!turn.admin()) {
					log.warn("Refused admin command {} from user {}", command.getClass().getSimpleName(),
							turn.userId());
					return replies.say(turn, MessageKey.ADMIN_ONLY);
				}
				break;
			case SETTING:
				if (!turn.mayChangeSettings()) {
					return replies.say(turn, MessageKey.GROUP_ADMINS_ONLY);
				}
				break;
			case PRIVATE_CHAT:
				if (turn.subscriber().isGroup()) {
					return replies.say(turn, MessageKey.PRIVATE_CHAT_ONLY);
				}
				break;
			default:
				break;
		}
		return route.handler().answer(command, turn);
	}

	List<Outgoing> press(Incoming.ButtonPress press, Turn turn) {
		Optional<ButtonData> data = ButtonData.parse(press.data());
		ButtonRoute route = data.map(found -> buttons.get(found.kind())).orElse(null);
		if (route == null) {
			return answer(press, turn, MessageKey.BUTTON_EXPIRED);
		}
		if (route.anyAdmin() && !turn.admin()) {
			log.warn("Refused admin button {} from user {}", data.get().kind(), turn.userId());
			return answer(press, turn, MessageKey.ADMIN_ONLY);
		}
		if (!route.anyAdmin() && data.get().owner() != press.userId()) {
			return answer(press, turn, MessageKey.BUTTON_NOT_YOURS);
		}
		if (route.setting() && !turn.mayChangeSettings()) {
			return answer(press, turn, MessageKey.GROUP_ADMINS_ONLY);
		}
		return route.handler().press(data.get(), press, turn);
	}

	private List<Outgoing> answer(Incoming.ButtonPress press, Turn turn, MessageKey key) {
		return List.of(new Outgoing.AnswerButton(press.callbackId(), Html.toPlainText(replies.text(turn, key))));
	}

}
