package digestbot.chat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import digestbot.channel.ChannelAnswer;
import digestbot.channel.ChannelConnections;
import digestbot.digest.Topic;
import digestbot.digest.TopicCatalog;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriptionProperties;
import digestbot.text.Html;

import org.springframework.stereotype.Component;

/**
 * A channel administrator's commands, in a private chat: {@code /channel add}, {@code list},
 * {@code time} and {@code remove}, and the buttons that choose a channel's topics. What they mean
 * is the {@code channel} module's; this is how they read and what they answer.
 */
@Component
final class ChannelCommands implements ChatCommands {

	/** The names of the commands answered here. */
	@Component
	static final class Names implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("channel", Command.Channel::new).aliases("kanaal", "channels", "kanalen")
				.menu(CommandNames.Menu.PUBLIC, 200);
		}

	}

	/** The kind of a channel's topic button: its argument is the channel's id, "/", a topic's slug, "*" or "-". */
	static final String CHANNEL_BUTTON = "c";

	private static final Set<String> PUBLICATION = Set.of("publicatie", "publication", "-");

	private final ChannelConnections channels;

	private final TopicToggles toggles;

	private final TopicCatalog topics;

	private final Replies replies;

	private final ZoneId zone;

	ChannelCommands(ChannelConnections channels, TopicToggles toggles, TopicCatalog topics, Replies replies,
			SubscriptionProperties defaults) {
		this.channels = channels;
		this.toggles = toggles;
		this.topics = topics;
		this.replies = replies;
		this.zone = defaults.zone();
	}

	@Override
	public void register(Routes routes) {
		routes.privateChat(Command.Channel.class, (command, turn) -> answer(command.argument(), turn));
		routes.button(CHANNEL_BUTTON, this::press);
	}

	private List<Outgoing> answer(String argument, Turn turn) {
		String[] words = (argument == null) ? new String[0] : argument.split(" ", 2);
		String rest = (words.length > 1) ? words[1] : null;
		String action = (words.length > 0) ? words[0].toLowerCase(Locale.ROOT) : "";
		return switch (action) {
			case "add", "toevoegen", "koppel" -> connect(rest, turn);
			case "list", "lijst" -> list(turn);
			case "remove", "verwijder", "ontkoppel" -> remove(rest, turn);
			case "time", "tijd" -> time(rest, turn);
			default -> replies.say(turn, MessageKey.CHANNEL_USAGE);
		};
	}

	private List<Outgoing> connect(String reference, Turn turn) {
		if (reference == null) {
			return replies.say(turn, MessageKey.CHANNEL_USAGE);
		}
		ChannelAnswer answer = channels.connect(reference, turn.userId(), turn.language().code());
		if (answer instanceof ChannelAnswer.Done done) {
			Subscriber channel = done.channel();
			return replies.html(turn, replies.text(turn, MessageKey.CHANNEL_CONNECTED, channel.title()) + "\n\n"
					+ overview(turn, channel), keyboard(turn, channel));
		}
		return refused(turn, (ChannelAnswer.Refused) answer);
	}

	private List<Outgoing> list(Turn turn) {
		List<ChannelConnections.Listing> listings = channels.connectedBy(turn.userId());
		if (listings.isEmpty()) {
			return replies.say(turn, MessageKey.CHANNEL_LIST_EMPTY);
		}
		StringBuilder text = new StringBuilder(replies.text(turn, MessageKey.CHANNEL_LIST_HEADER));
		for (ChannelConnections.Listing listing : listings) {
			text.append("\n\n").append(line(turn, listing));
		}
		return replies.html(turn, text.toString(), null);
	}

	private String line(Turn turn, ChannelConnections.Listing listing) {
		Subscriber channel = listing.channel();
		List<String> followed = topics.all().stream().map(Topic::name).filter(channel.topics()::contains).toList();
		String when = channel.atPublication() ? replies.text(turn, MessageKey.CHANNEL_AT_PUBLICATION)
				: replies.text(turn, MessageKey.CHANNEL_AT_TIME, channel.pushTime());
		String last = !channel.active() ? replies.text(turn, MessageKey.CHANNEL_STOPPED)
				: listing.lastPost()
					.map(at -> at.atZone(zone))
					.map(at -> replies.text(turn, MessageKey.CHANNEL_LAST_POST, at.toLocalDate(), at.toLocalTime()))
					.orElseGet(() -> replies.text(turn, MessageKey.CHANNEL_NO_POST));
		return replies.text(turn, MessageKey.CHANNEL_LINE, channel.title(),
				followed.isEmpty() ? "—" : String.join(", ", followed), new SafeHtml(when), new SafeHtml(last));
	}

	private List<Outgoing> remove(String reference, Turn turn) {
		if (reference == null) {
			return replies.say(turn, MessageKey.CHANNEL_USAGE);
		}
		ChannelAnswer answer = channels.remove(reference, turn.userId());
		if (answer instanceof ChannelAnswer.Done done) {
			return replies.say(turn, MessageKey.CHANNEL_REMOVED, done.channel().title());
		}
		return refused(turn, (ChannelAnswer.Refused) answer);
	}

	private List<Outgoing> time(String rest, Turn turn) {
		String[] words = (rest == null) ? new String[0] : rest.split(" ", 2);
		if (words.length < 2) {
			return replies.say(turn, MessageKey.CHANNEL_USAGE);
		}
		boolean atPublication = PUBLICATION.contains(words[1].strip().toLowerCase(Locale.ROOT));
		Optional<LocalTime> time = atPublication ? Optional.empty() : SettingsCommands.parseTime(words[1]);
		if (!atPublication && time.isEmpty()) {
			return replies.say(turn, MessageKey.CHANNEL_TIME_INVALID, words[1]);
		}
		ChannelAnswer answer = channels.setTime(words[0], turn.userId(), time.orElse(null));
		if (answer instanceof ChannelAnswer.Done done) {
			return atPublication ? replies.say(turn, MessageKey.CHANNEL_AT_PUBLICATION_SET, done.channel().title())
					: replies.say(turn, MessageKey.CHANNEL_TIME_SET, done.channel().title(), time.get());
		}
		return refused(turn, (ChannelAnswer.Refused) answer);
	}

	/** A press on a channel's topic button: toggles, or sets all or none, and redraws the message. */
	private List<Outgoing> press(ButtonData data, Incoming.ButtonPress press, Turn turn) {
		String[] argument = data.argument().split("/", 2);
		Optional<Long> channelId = (argument.length == 2) ? id(argument[0]) : Optional.empty();
		Optional<ChannelAnswer> answer = channelId.flatMap(id -> toggle(id, argument[1], turn));
		if (answer.isEmpty()) {
			return List.of(new Outgoing.AnswerButton(press.callbackId(),
					Html.toPlainText(replies.text(turn, MessageKey.BUTTON_EXPIRED))));
		}
		if (answer.get() instanceof ChannelAnswer.Refused refused) {
			return List.of(new Outgoing.AnswerButton(press.callbackId(), Html.toPlainText(refusal(turn, refused))));
		}
		Subscriber channel = ((ChannelAnswer.Done) answer.get()).channel();
		return List.of(new Outgoing.Edit(turn.chatId(), press.messageId(), overview(turn, channel),
				keyboard(turn, channel)), new Outgoing.AnswerButton(press.callbackId(), null));
	}

	private Optional<ChannelAnswer> toggle(long channelId, String argument, Turn turn) {
		if (TopicToggles.ALL.equals(argument)) {
			return Optional.of(channels.follow(channelId, turn.userId(), toggles.names()));
		}
		if (TopicToggles.NONE.equals(argument)) {
			return Optional.of(channels.unfollow(channelId, turn.userId(), toggles.names()));
		}
		return topics.bySlug(argument).map(topic -> channels.toggle(channelId, turn.userId(), topic.name()));
	}

	private String overview(Turn turn, Subscriber channel) {
		return toggles.overview(turn, replies.text(turn, MessageKey.CHANNEL_TOPICS_HEADER, channel.title()),
				channel.topics());
	}

	private Keyboard keyboard(Turn turn, Subscriber channel) {
		return toggles.keyboard(turn, channel.topics(), argument -> new ButtonData(CHANNEL_BUTTON, turn.userId(),
				channel.chatId() + "/" + argument).encode());
	}

	private List<Outgoing> refused(Turn turn, ChannelAnswer.Refused refused) {
		return replies.html(turn, refusal(turn, refused), null);
	}

	private String refusal(Turn turn, ChannelAnswer.Refused refused) {
		MessageKey key = switch (refused.refusal()) {
			case UNREADABLE -> MessageKey.CHANNEL_UNREADABLE;
			case NOT_FOUND -> MessageKey.CHANNEL_NOT_FOUND;
			case NOT_A_CHANNEL -> MessageKey.CHANNEL_NOT_A_CHANNEL;
			case BOT_NOT_ADMINISTRATOR -> MessageKey.CHANNEL_BOT_NOT_ADMIN;
			case BOT_CANNOT_POST -> MessageKey.CHANNEL_BOT_CANNOT_POST;
			case NOT_AN_ADMINISTRATOR -> MessageKey.CHANNEL_NOT_ADMIN;
			case NOT_CONNECTED -> MessageKey.CHANNEL_NOT_CONNECTED;
		};
		return replies.text(turn, key, refused.name());
	}

	private static Optional<Long> id(String text) {
		try {
			return Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
