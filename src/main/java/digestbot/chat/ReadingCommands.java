package digestbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import digestbot.digest.IssueStore;
import digestbot.digest.ItemHtml;
import digestbot.digest.PublishedIssue;
import digestbot.digest.PublishedItem;

import org.springframework.stereotype.Component;

/**
 * Reading the current issue: /latest and its "More" pages, by /more or the button. Items are
 * numbered in the order shown, so /source can refer to them.
 */
@Component
final class ReadingCommands implements ChatCommands {

	/** The names of the commands answered here. */
	@Component
	static final class Names implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("latest", Command.Latest::new).aliases("laatste").menu(CommandNames.Menu.PUBLIC, 70);
			names.command("more", Command.More::new).aliases("meer").menu(CommandNames.Menu.PUBLIC, 80);
		}

	}

	/** The kind of the "More" button; it has no argument. */
	static final String MORE_BUTTON = "m";

	private final IssueStore issues;

	private final TopicMatcher matcher;

	private final ChatMemory memory;

	private final Replies replies;

	private final Pages pages;

	ReadingCommands(IssueStore issues, TopicMatcher matcher, ChatMemory memory, Replies replies, ItemHtml itemHtml) {
		this.issues = issues;
		this.matcher = matcher;
		this.memory = memory;
		this.replies = replies;
		this.pages = new Pages(issues, itemHtml);
	}

	@Override
	public void register(Routes routes) {
		routes.on(Command.Latest.class, (command, turn) -> latest(command.topic(), turn));
		routes.on(Command.More.class, (command, turn) -> more(turn));
		routes.button(MORE_BUTTON, (data, press, turn) -> press(press, turn));
	}

	private List<Outgoing> latest(String topicInput, Turn turn) {
		Optional<PublishedIssue> current = issues.current();
		if (current.isEmpty()) {
			return replies.say(turn, MessageKey.NO_ISSUE);
		}
		Set<String> wanted;
		if (topicInput != null) {
			TopicMatch match = matcher.match(topicInput);
			if (!(match instanceof TopicMatch.Found found)) {
				return replies.say(turn, MessageKey.UNKNOWN_TOPIC, topicInput);
			}
			wanted = Set.of(found.topic());
		}
		else {
			wanted = turn.subscriber().topics();
		}
		List<PublishedItem> items = current.get()
			.items()
			.stream()
			.filter(item -> wanted.isEmpty() || item.topics().stream().anyMatch(wanted::contains))
			.toList();
		if (items.isEmpty()) {
			return replies.say(turn, MessageKey.NO_ITEMS_FOR_TOPIC, String.join(", ", wanted));
		}
		String header = replies.text(turn, MessageKey.ISSUE_HEADER, current.get().date(), items.size());
		List<Long> ids = items.stream().map(PublishedItem::id).toList();
		return page(turn, header, ids, ids, 1);
	}

	private List<Outgoing> more(Turn turn) {
		ChatMemory.Shown shown = memory.recall(turn.chatId());
		if (shown.remaining().isEmpty()) {
			return replies.say(turn, MessageKey.NO_MORE);
		}
		return page(turn, null, shown.itemIds(), shown.remaining(), shown.firstNumber());
	}

	/**
	 * Shows as many of {@code pending} as fit in one message (at least one item, split when it
	 * alone is too long), numbered from {@code firstNumber}, with a "More" button for the rest.
	 */
	private List<Outgoing> page(Turn turn, String header, List<Long> numbered, List<Long> pending, int firstNumber) {
		Pages.Page page = pages.layout(header, pending, firstNumber);
		int shown = page.shown();
		List<String> parts = new ArrayList<>(List.of(page.html()));
		List<Long> remaining = pending.subList(shown, pending.size());
		memory.remember(turn.chatId(), new ChatMemory.Shown(numbered, remaining, firstNumber + shown));
		Keyboard keyboard = null;
		if (!remaining.isEmpty()) {
			parts.add(replies.text(turn, MessageKey.MORE_REMAINING, remaining.size()));
			keyboard = Keyboard.of(new Keyboard.Button(replies.text(turn, MessageKey.MORE_BUTTON),
					new ButtonData(MORE_BUTTON, turn.userId(), "").encode()));
		}
		return replies.html(turn, String.join("\n\n", parts), keyboard);
	}

	/** A press on "More". */
	private List<Outgoing> press(Incoming.ButtonPress press, Turn turn) {
		List<Outgoing> answer = new ArrayList<>(more(turn));
		answer.add(new Outgoing.AnswerButton(press.callbackId(), null));
		return answer;
	}

}
