package digestbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import digestbot.admin.Admins;
import digestbot.admin.DraftStore;
import digestbot.admin.Publisher;
import digestbot.digest.IssueStore;
import digestbot.digest.TopicCatalog;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import digestbot.text.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Answers everything a user sends: parses the command, finds or creates the chat's subscriber,
 * and lets the handler of that command answer. Never throws: a failing handler becomes an
 * apology, and the error is logged.
 */
@Service
public class ChatService {

	private static final Logger log = LoggerFactory.getLogger(ChatService.class);

	private final Messages messages;

	private final SubscriberStore subscribers;

	private final Admins admins;

	private final FloodGuard flood;

	private final CommandParser parser = new CommandParser(null);

	private final Routes routes = new Routes();

	private final Buttons buttons;

	private final PublishCommands publishing;

	ChatService(Messages messages, TopicCatalog topics, SubscriberStore subscribers, IssueStore issues, Admins admins,
			ChatMemory memory, FloodGuard flood, DraftStore drafts, Publisher publisher, PushControls push,
			ObjectProvider<FileDownloads> downloads) {
		this.messages = messages;
		this.subscribers = subscribers;
		this.admins = admins;
		this.flood = flood;
		Replies replies = new Replies(messages);
		TopicCommands topicCommands = new TopicCommands(topics, subscribers, issues, replies);
		ReadingCommands reading = new ReadingCommands(issues, topics, memory, replies);
		topicCommands.register(routes);
		reading.register(routes);
		new LookupCommands(issues, memory, replies).register(routes);
		new SettingsCommands(subscribers, topics, issues, memory, replies).register(routes);
		new HelpCommands(replies, messages).register(routes);
		this.publishing = new PublishCommands(drafts, publisher, issues, admins,
				Optional.ofNullable(downloads.getIfAvailable()), replies, push);
		publishing.register(routes);
		new AdminCommands(admins, subscribers, issues, push, replies).register(routes);
		this.buttons = new Buttons(topicCommands, reading, publishing, replies);
	}

	/** The answer to one incoming message or button press; empty when there is nothing to say. */
	public List<Outgoing> handle(Incoming incoming) {
		try {
			if (incoming instanceof Incoming.Message message) {
				return onMessage(message);
			}
			return onButton((Incoming.ButtonPress) incoming);
		}
		catch (RuntimeException ex) {
			log.error("Could not answer chat {}", incoming.chatId(), ex);
			return apology(incoming);
		}
	}

	/** The command menu for a language; admins see the admin commands too. */
	public List<MenuCommand> menu(Language language, boolean admin) {
		List<MenuCommand> menu = new ArrayList<>(messages.publicCommands(language));
		if (admin) {
			menu.addAll(messages.adminCommands(language));
		}
		return menu;
	}

	private List<Outgoing> onMessage(Incoming.Message message) {
		Optional<Command> parsed = message.text() == null ? Optional.of(new Command.Text(""))
				: parser.parse(message.text());
		if (parsed.isEmpty() || (message.group() && parsed.get() instanceof Command.Text)) {
			return List.of();
		}
		// Admins are trusted, and pasting a long issue takes many messages in a row.
		FloodGuard.Verdict verdict = admins.isAdmin(message.userId()) ? FloodGuard.Verdict.ALLOW
				: flood.check(message.chatId());
		switch (verdict) {
			case NOTIFY:
				return List.of(new Outgoing.Send(message.chatId(), text(message, MessageKey.FLOOD_NOTICE)));
			case IGNORE:
				return List.of();
			default:
				Turn turn = turn(message);
				return message.document() != null ? publishing.upload(message.document(), turn)
						: routes.answer(parsed.get(), turn);
		}
	}

	private List<Outgoing> onButton(Incoming.ButtonPress press) {
		if (!admins.isAdmin(press.userId()) && flood.check(press.chatId()) != FloodGuard.Verdict.ALLOW) {
			return List.of(new Outgoing.AnswerButton(press.callbackId(), null));
		}
		return buttons.press(press, turn(press));
	}

	private Turn turn(Incoming incoming) {
		Subscriber subscriber = subscribers.findOrCreate(incoming.chatId(), incoming.userId(),
				Language.fromTelegramCode(incoming.languageCode()).code());
		return new Turn(incoming, subscriber, Language.fromTelegramCode(subscriber.language()),
				admins.isAdmin(incoming.userId()));
	}

	private List<Outgoing> apology(Incoming incoming) {
		List<Outgoing> answer = new ArrayList<>();
		answer.add(new Outgoing.Send(incoming.chatId(), text(incoming, MessageKey.ERROR_APOLOGY)));
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
