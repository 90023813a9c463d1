package digestbot.chat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.digest.Topic;
import digestbot.digest.TopicCatalog;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import digestbot.text.Html;

import org.springframework.stereotype.Component;

/** Choosing topics: /start with a deep link, /sections and its buttons, /subscribe, /unsubscribe. */
@Component
final class TopicCommands implements ChatCommands {

	/** The names of the commands answered here. */
	@Component
	static final class Names implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("start", argument -> new Command.Start(payload(argument))).menu(CommandNames.Menu.PUBLIC, 10);
			names.command("sections", Command.Sections::new).aliases("topics", "rubrieken")
				.menu(CommandNames.Menu.PUBLIC, 30);
			names.command("subscribe", Command.Subscribe::new).aliases("abonneer").menu(CommandNames.Menu.PUBLIC, 40);
			names.command("unsubscribe", Command.Unsubscribe::new).aliases("opzeggen")
				.menu(CommandNames.Menu.PUBLIC, 50);
		}

	}

	/** The kind of a topic button: its argument is a topic's slug, {@code *} for all, {@code -} for none. */
	static final String TOPIC_BUTTON = "t";

	private static final int MAX_PAYLOAD_LENGTH = 64;

	private final TopicCatalog topics;

	private final TopicMatcher matcher;

	private final SubscriberStore subscribers;

	private final IssueStore issues;

	private final Replies replies;

	private final TopicToggles toggles;

	TopicCommands(TopicCatalog topics, TopicMatcher matcher, SubscriberStore subscribers, IssueStore issues,
			Replies replies, TopicToggles toggles) {
		this.topics = topics;
		this.matcher = matcher;
		this.subscribers = subscribers;
		this.issues = issues;
		this.replies = replies;
		this.toggles = toggles;
	}

	@Override
	public void register(Routes routes) {
		routes.on(Command.Start.class, (command, turn) -> start(command.payload(), turn));
		routes.on(Command.Sections.class, (command, turn) -> replies.html(turn, overview(turn), keyboard(turn)));
		routes.setting(Command.Subscribe.class, (command, turn) -> subscribe(command.topic(), turn));
		routes.setting(Command.Unsubscribe.class, (command, turn) -> unsubscribe(command.topic(), turn));
		routes.settingButton(TOPIC_BUTTON, this::press);
	}

	private List<Outgoing> start(String payload, Turn turn) {
		String name = turn.incoming() instanceof Incoming.Message message && message.firstName() != null
				? message.firstName() : "";
		// A deep link's topic is a setting: in a group it counts for administrators only.
		Optional<Topic> topic = Optional.ofNullable(payload)
			.flatMap(this::topicFromPayload)
			.filter(found -> turn.mayChangeSettings());
		topic.ifPresent(found -> add(turn, List.of(found.name())));
		String welcome = replies.text(turn, MessageKey.WELCOME, name, nextPush(turn));
		if (topic.isEmpty()) {
			return replies.html(turn, welcome, null);
		}
		return replies.html(turn, welcome + "\n\n" + replies.text(turn, MessageKey.SUBSCRIBED, topic.get().name()),
				null);
	}

	private Optional<Topic> topicFromPayload(String payload) {
		Optional<Topic> exact = topics.bySlug(payload);
		if (exact.isPresent()) {
			return exact;
		}
		return matcher.match(payload.replace('_', ' ')) instanceof TopicMatch.Found found
				? topics.find(found.topic()) : Optional.empty();
	}

	private List<Outgoing> subscribe(String input, Turn turn) {
		if (input == null) {
			return replies.html(turn, replies.text(turn, MessageKey.CHOOSE_TOPIC_SUBSCRIBE), keyboard(turn));
		}
		TopicMatch match = matcher.match(input);
		if (match instanceof TopicMatch.Found found) {
			boolean had = turn.subscriber().topics().contains(found.topic());
			add(turn, List.of(found.topic()));
			return subscribed(turn, had ? MessageKey.ALREADY_SUBSCRIBED : MessageKey.SUBSCRIBED, found.topic());
		}
		if (match instanceof TopicMatch.All) {
			add(turn, names());
			return subscribed(turn, MessageKey.SUBSCRIBED_ALL);
		}
		if (match instanceof TopicMatch.None) {
			return unsubscribe(input, turn);
		}
		return unknown(input, (TopicMatch.NotFound) match, turn);
	}

	/** The confirmation; a chat's first topics also say when its first push comes. */
	private List<Outgoing> subscribed(Turn turn, MessageKey key, Object... arguments) {
		String text = replies.text(turn, key, arguments);
		if (turn.subscriber().topics().isEmpty()) {
			text += "\n\n" + replies.text(turn, MessageKey.FIRST_PUSH, nextPush(turn));
		}
		return replies.html(turn, text, null);
	}

	private SafeHtml nextPush(Turn turn) {
		return replies.when(turn, subscribers.nextPush(turn.place()));
	}

	private List<Outgoing> unsubscribe(String input, Turn turn) {
		if (input == null) {
			return replies.html(turn, replies.text(turn, MessageKey.CHOOSE_TOPIC_UNSUBSCRIBE), keyboard(turn));
		}
		TopicMatch match = matcher.match(input);
		if (match instanceof TopicMatch.Found found) {
			boolean had = turn.subscriber().topics().contains(found.topic());
			subscribers.unsubscribe(turn.place(), List.of(found.topic()));
			return replies.say(turn, had ? MessageKey.UNSUBSCRIBED : MessageKey.NOT_SUBSCRIBED, found.topic());
		}
		if (match instanceof TopicMatch.All || match instanceof TopicMatch.None) {
			subscribers.unsubscribe(turn.place(), names());
			return replies.say(turn, MessageKey.UNSUBSCRIBED_ALL);
		}
		return unknown(input, (TopicMatch.NotFound) match, turn);
	}

	private List<Outgoing> unknown(String input, TopicMatch.NotFound notFound, Turn turn) {
		String text = notFound.suggestion() == null ? replies.text(turn, MessageKey.UNKNOWN_TOPIC, input)
				: replies.text(turn, MessageKey.UNKNOWN_TOPIC_SUGGESTION, input, notFound.suggestion());
		return replies.html(turn, text + "\n\n" + overview(turn), keyboard(turn));
	}

	/** A press on a topic button: toggles, or sets all or none, and redraws the message. */
	private List<Outgoing> press(ButtonData data, Incoming.ButtonPress press, Turn turn) {
		Subscriber changed;
		String argument = data.argument();
		if (TopicToggles.ALL.equals(argument)) {
			changed = add(turn, names());
		}
		else if (TopicToggles.NONE.equals(argument)) {
			changed = subscribers.unsubscribe(turn.place(), names());
		}
		else {
			Optional<Topic> topic = topics.bySlug(argument);
			if (topic.isEmpty()) {
				return List.of(new Outgoing.AnswerButton(press.callbackId(),
						Html.toPlainText(replies.text(turn, MessageKey.BUTTON_EXPIRED))));
			}
			String name = topic.get().name();
			changed = turn.subscriber().topics().contains(name) ? subscribers.unsubscribe(turn.place(), List.of(name))
					: add(turn, List.of(name));
		}
		Turn after = turn.with(changed);
		return List.of(new Outgoing.Edit(turn.chatId(), press.messageId(), overview(after), keyboard(after)),
				new Outgoing.AnswerButton(press.callbackId(), null));
	}

	private Subscriber add(Turn turn, List<String> names) {
		LocalDate current = issues.current().map(PublishedIssue::date).orElse(null);
		return subscribers.subscribe(turn.place(), names, current);
	}

	private String overview(Turn turn) {
		return toggles.overview(turn, replies.text(turn, MessageKey.TOPICS_HEADER), turn.subscriber().topics());
	}

	private Keyboard keyboard(Turn turn) {
		return toggles.keyboard(turn, turn.subscriber().topics(),
				argument -> new ButtonData(TOPIC_BUTTON, turn.userId(), argument).encode());
	}

	private List<String> names() {
		return toggles.names();
	}

	/** A deep link's payload: up to 64 of {@code A-Za-z0-9_-}, as Telegram allows; anything else is none. */
	static String payload(String argument) {
		if (argument == null || argument.length() > MAX_PAYLOAD_LENGTH) {
			return null;
		}
		for (int i = 0; i < argument.length(); i++) {
			char c = argument.charAt(i);
			boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
					|| c == '_' || c == '-';
			if (!allowed) {
				return null;
			}
		}
		return argument;
	}

}
