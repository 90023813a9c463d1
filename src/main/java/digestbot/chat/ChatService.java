package digestbot.chat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import digestbot.admin.Admins;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PlaceRights;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import digestbot.text.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Answers everything a user sends: parses the command, keeps floods out, finds or creates the
 * chat's subscriber, and hands the command or button to the group of commands that claimed it.
 * Never throws: a failing handler becomes an apology, and the error is logged.
 */
@Service
public class ChatService {

	private static final Logger log = LoggerFactory.getLogger(ChatService.class);

	private final Messages messages;

	private final SubscriberStore subscribers;

	private final Admins admins;

	private final FloodGuard flood;

	private final Routes routes;

	private final CommandNames names;

	private final PlaceRights rights;

	private final BotMemberships memberships;

	/** @throws IllegalStateException when a command is claimed by no group or by two */
	ChatService(Messages messages, Replies replies, SubscriberStore subscribers, Admins admins, FloodGuard flood,
			List<ChatCommands> groups, CommandNames names, PlaceRights rights, BotMemberships memberships) {
		this.messages = messages;
		this.names = names;
		this.rights = rights;
		this.memberships = memberships;
		this.subscribers = subscribers;
		this.admins = admins;
		this.flood = flood;
		this.routes = Routes.of(replies, groups);
		Set<String> unclaimed = routes.unclaimed();
		if (!unclaimed.isEmpty()) {
			throw new IllegalStateException("No group of commands answers " + String.join(", ", unclaimed));
		}
	}

	/**
	 * The answer to one incoming message, button press or change of the bot's membership; empty
	 * when there is nothing to say.
	 */
	public List<Outgoing> handle(Incoming incoming) {
		return handle(incoming, FloodVerdict.UNCOUNTED);
	}

	/**
	 * The answer to an update whose command {@link #countFloods} counted already, with its verdict;
	 * {@link FloodVerdict#UNCOUNTED} counts it now.
	 */
	public List<Outgoing> handle(Incoming incoming, FloodVerdict counted) {
		try {
			if (incoming instanceof Incoming.BotMembership change) {
				return memberships.changed(change);
			}
			// The one admin check of a turn: routes and groups read it from the turn.
			boolean admin = admins.isAdmin(incoming.userId());
			if (incoming instanceof Incoming.Message message) {
				return onMessage(message, admin, counted);
			}
			return onButton((Incoming.ButtonPress) incoming, admin, counted);
		}
		catch (RuntimeException ex) {
			log.error("Could not answer chat {}", incoming.chatId(), ex);
			return apology(incoming);
		}
	}

	/**
	 * Counts the commands among updates just taken in against their chats' flood limits, all in one
	 * transaction: a poll's commands cost one commit, not one each. Returns the verdicts in the
	 * updates' order, for {@link #handle(Incoming, FloodVerdict)}; what is no command, or comes from
	 * an admin, is allowed uncounted, as {@code handle} would.
	 */
	public List<FloodVerdict> countFloods(List<Incoming> updates) {
		List<Long> counted = new ArrayList<>();
		for (Incoming incoming : updates) {
			if (countsAgainstFlood(incoming)) {
				counted.add(incoming.chatId());
			}
		}
		Iterator<FloodVerdict> verdicts = flood.checkAll(counted).iterator();
		List<FloodVerdict> inOrder = new ArrayList<>(updates.size());
		for (Incoming incoming : updates) {
			inOrder.add(countsAgainstFlood(incoming) ? verdicts.next() : FloodVerdict.ALLOW);
		}
		return inOrder;
	}

	private boolean countsAgainstFlood(Incoming incoming) {
		if (incoming instanceof Incoming.Message message) {
			return command(message).isPresent() && !admins.isAdmin(message.userId());
		}
		return incoming instanceof Incoming.ButtonPress && !admins.isAdmin(incoming.userId());
	}

	/** The command a message gives, if any: in a group, text that is no command is not for the bot. */
	private Optional<Command> command(Incoming.Message message) {
		Optional<Command> parsed = new CommandParser(message.botUsername(), names).parse(message.text());
		return parsed.filter(command -> !(message.group() && command instanceof Command.Text));
	}

	/** The command menu for a language; admins see the admin commands too. */
	public List<MenuCommand> menu(Language language, boolean admin) {
		return menu(language, admin ? MenuScope.ADMIN : MenuScope.PRIVATE);
	}

	/**
	 * The command menu of a scope: in a group, its members see the commands anyone may use there
	 * and its administrators the settings too, as {@link Routes} enforces them; commands for
	 * private chats only are in neither.
	 */
	public List<MenuCommand> menu(Language language, MenuScope scope) {
		List<MenuCommand> menu = new ArrayList<>();
		for (MenuCommand command : messages.publicCommands(language)) {
			Routes.Access access = names.parse(command.name(), null)
				.map(parsed -> routes.access(parsed.getClass()))
				.orElse(Routes.Access.ANYONE);
			boolean shown = switch (scope) {
				case PRIVATE, ADMIN -> true;
				case GROUP_MEMBERS -> access == Routes.Access.ANYONE;
				case GROUP_ADMINISTRATORS -> access == Routes.Access.ANYONE || access == Routes.Access.SETTING;
			};
			if (shown) {
				menu.add(command);
			}
		}
		if (scope == MenuScope.ADMIN) {
			menu.addAll(messages.adminCommands(language));
		}
		return menu;
	}

	private List<Outgoing> onMessage(Incoming.Message message, boolean admin, FloodVerdict counted) {
		Optional<Command> parsed = command(message);
		if (parsed.isEmpty()) {
			return List.of();
		}
		FloodVerdict verdict = verdict(message.chatId(), admin, counted);
		switch (verdict) {
			case NOTIFY:
				return List.of(new Outgoing.Send(message.chatId(), text(message, MessageKey.FLOOD_NOTICE), null,
						message.threadId()));
			case IGNORE:
				return List.of();
			default:
				Command command = message.document() != null ? new Command.Upload(message.document()) : parsed.get();
				return routes.answer(command, turn(message, admin));
		}
	}

	/** Admins are trusted, and pasting a long issue takes many messages in a row. */
	private FloodVerdict verdict(long chatId, boolean admin, FloodVerdict counted) {
		if (admin) {
			return FloodVerdict.ALLOW;
		}
		return counted == FloodVerdict.UNCOUNTED ? flood.check(chatId) : counted;
	}

	private List<Outgoing> onButton(Incoming.ButtonPress press, boolean admin, FloodVerdict counted) {
		if (verdict(press.chatId(), admin, counted) != FloodVerdict.ALLOW) {
			return List.of(new Outgoing.AnswerButton(press.callbackId(), null));
		}
		return routes.press(press, turn(press, admin));
	}

	private Turn turn(Incoming incoming, boolean admin) {
		Subscriber subscriber = subscribers.findOrCreate(new Place(incoming.chatId(), incoming.threadId()),
				PlaceKind.ofChat(incoming.chatId()), incoming.userId(),
				Language.fromTelegramCode(incoming.languageCode()).code());
		return new Turn(incoming, subscriber, Language.fromTelegramCode(subscriber.language()), admin,
				once(() -> rights.mayChangeSettings(subscriber, incoming.userId())));
	}

	/** Asks at most once per turn: in a group the answer costs a call to Telegram. */
	private static BooleanSupplier once(BooleanSupplier question) {
		Boolean[] answer = new Boolean[1];
		return () -> {
			if (answer[0] == null) {
				answer[0] = question.getAsBoolean();
			}
			return answer[0];
		};
	}

	private List<Outgoing> apology(Incoming incoming) {
		List<Outgoing> answer = new ArrayList<>();
		answer.add(new Outgoing.Send(incoming.chatId(), text(incoming, MessageKey.ERROR_APOLOGY), null,
				incoming.threadId()));
		if (incoming instanceof Incoming.ButtonPress press) {
			answer.add(new Outgoing.AnswerButton(press.callbackId(),
					Html.toPlainText(text(incoming, MessageKey.ERROR_APOLOGY))));
		}
		return answer;
	}

	private String text(Incoming incoming, MessageKey key) {
		return messages.text(Language.fromTelegramCode(incoming.languageCode()), key);
	}

}
