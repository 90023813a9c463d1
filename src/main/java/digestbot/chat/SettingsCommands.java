package digestbot.chat;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedIssue;
import digestbot.digest.Topic;
import digestbot.digest.TopicCatalog;
import digestbot.subscription.PushFormat;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;

import org.springframework.stereotype.Component;

/** A chat's settings: /mine, /whoami, /time, /pause, /resume, /lang, /format and /stop. */
@Component
final class SettingsCommands implements ChatCommands {

	/** The names of the commands answered here. */
	@Component
	static final class Names implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("mine", Command.Mine::new).aliases("mijn").menu(CommandNames.Menu.PUBLIC, 60);
			names.command("time", Command.Time::new).aliases("tijd").menu(CommandNames.Menu.PUBLIC, 130);
			names.command("pause", Command.Pause::new).aliases("pauze").menu(CommandNames.Menu.PUBLIC, 140);
			names.command("resume", Command.Resume::new).aliases("hervat").menu(CommandNames.Menu.PUBLIC, 150);
			names.command("stop", Command.Stop::new).menu(CommandNames.Menu.PUBLIC, 160);
			names.command("lang", Command.Lang::new).aliases("language", "taal").menu(CommandNames.Menu.PUBLIC, 170);
			names.command("format", Command.Format::new).aliases("formaat").menu(CommandNames.Menu.PUBLIC, 180);
			names.command("whoami", Command.WhoAmI::new).menu(CommandNames.Menu.PUBLIC, 190);
		}

	}

	private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.h]?([0-5]\\d)");

	private final SubscriberStore subscribers;

	private final TopicCatalog topics;

	private final IssueStore issues;

	private final ChatMemory memory;

	private final Replies replies;

	SettingsCommands(SubscriberStore subscribers, TopicCatalog topics, IssueStore issues, ChatMemory memory,
			Replies replies) {
		this.subscribers = subscribers;
		this.topics = topics;
		this.issues = issues;
		this.memory = memory;
		this.replies = replies;
	}

	@Override
	public void register(Routes routes) {
		routes.on(Command.Mine.class, (command, turn) -> replies.html(turn, summary(turn), null));
		routes.on(Command.WhoAmI.class, (command, turn) -> replies.html(turn,
				replies.text(turn, MessageKey.YOUR_USER_ID, String.valueOf(turn.userId())) + "\n\n" + summary(turn),
				null));
		routes.setting(Command.Time.class, (command, turn) -> time(command.hhmm(), turn));
		routes.setting(Command.Pause.class, (command, turn) -> pause(turn));
		routes.setting(Command.Resume.class, (command, turn) -> resume(turn));
		routes.setting(Command.Lang.class, (command, turn) -> language(command.code(), turn));
		routes.setting(Command.Format.class, (command, turn) -> format(command.mode(), turn));
		routes.setting(Command.Stop.class, (command, turn) -> stop(turn));
	}

	private String summary(Turn turn) {
		Subscriber subscriber = turn.subscriber();
		List<String> followed = topics.all()
			.stream()
			.map(Topic::name)
			.filter(subscriber.topics()::contains)
			.toList();
		String push = subscriber.paused() ? replies.text(turn, MessageKey.PUSH_PAUSED)
				: replies.text(turn, MessageKey.PUSH_AT, subscriber.pushTime());
		String mine = followed.isEmpty() ? replies.text(turn, MessageKey.MINE_NONE)
				: replies.text(turn, MessageKey.MINE, String.join(", ", followed));
		return mine + "\n\n" + replies.text(turn, MessageKey.WHOAMI, String.valueOf(turn.chatId()),
				replies.text(turn, MessageKey.LANGUAGE_NAME), followed.isEmpty() ? "—" : String.join(", ", followed),
				new SafeHtml(push));
	}

	private List<Outgoing> time(String input, Turn turn) {
		if (input == null) {
			return replies.say(turn, MessageKey.TIME_CURRENT, turn.subscriber().pushTime());
		}
		Optional<LocalTime> time = parseTime(input);
		if (time.isEmpty()) {
			return replies.say(turn, MessageKey.TIME_INVALID, input);
		}
		subscribers.setPushTime(turn.place(), time.get());
		return replies.say(turn, MessageKey.TIME_SET, time.get(), nextPush(turn));
	}

	static Optional<LocalTime> parseTime(String input) {
		Matcher matcher = TIME.matcher(input.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
	}

	private List<Outgoing> pause(Turn turn) {
		subscribers.pause(turn.place());
		return replies.say(turn, MessageKey.PAUSED);
	}

	private List<Outgoing> resume(Turn turn) {
		subscribers.resume(turn.place(), issues.current().map(PublishedIssue::date).orElse(null));
		return replies.say(turn, MessageKey.RESUMED, nextPush(turn));
	}

	private SafeHtml nextPush(Turn turn) {
		return replies.when(turn, subscribers.nextPush(turn.place()));
	}

	private List<Outgoing> language(String code, Turn turn) {
		if (code == null) {
			return replies.say(turn, MessageKey.LANG_CHOOSE);
		}
		Optional<Language> language = Language.parse(code);
		if (language.isEmpty()) {
			return replies.say(turn, MessageKey.LANG_UNKNOWN, code);
		}
		subscribers.setLanguage(turn.place(), language.get().code());
		Turn switched = turn.in(language.get());
		return replies.say(switched, MessageKey.LANG_SWITCHED);
	}

	private List<Outgoing> format(String mode, Turn turn) {
		String modes = "digest, items";
		if (mode == null) {
			return replies.say(turn, MessageKey.FORMAT_CHOOSE, modes);
		}
		Optional<PushFormat> format = parseFormat(mode);
		if (format.isEmpty()) {
			return replies.say(turn, MessageKey.FORMAT_UNKNOWN, mode, modes);
		}
		subscribers.setFormat(turn.place(), format.get());
		return replies.say(turn, MessageKey.FORMAT_SET, format.get().name().toLowerCase(Locale.ROOT));
	}

	private static Optional<PushFormat> parseFormat(String mode) {
		for (PushFormat format : PushFormat.values()) {
			if (format.name().equalsIgnoreCase(mode.strip())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	private List<Outgoing> stop(Turn turn) {
		subscribers.delete(turn.place());
		memory.forget(turn.chatId());
		return replies.say(turn, MessageKey.STOPPED);
	}

}
