package digestbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import digestbot.digest.IssueStore;
import digestbot.digest.ItemHtml;
import digestbot.digest.PublishedIssue;
import digestbot.digest.PublishedItem;
import digestbot.stats.Reading;
import digestbot.stats.ReadingCounter;

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

	/** Source buttons under a page: at most this many a row. */
	private static final int SOURCE_BUTTONS_A_ROW = 5;

	private final IssueStore issues;

	private final TopicMatcher matcher;

	private final ChatMemory memory;

	private final Replies replies;

	private final Pages pages;

	private final ReadingCounter counter;

	ReadingCommands(IssueStore issues, TopicMatcher matcher, ChatMemory memory, Replies replies, ItemHtml itemHtml,
			ReadingCounter counter) {
		this.counter = counter;
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
		return page(turn, header, ids, ids, 1, false);
	}

	private List<Outgoing> more(Turn turn) {
		ChatMemory.Shown shown = memory.recall(turn.chatId());
		if (shown.remaining().isEmpty()) {
			return replies.say(turn, MessageKey.NO_MORE);
		}
		return page(turn, null, shown.itemIds(), shown.remaining(), shown.firstNumber(), true);
	}

	/**
	 * Shows as many of {@code pending} as fit in one message (at least one item, split when it
	 * alone is too long), numbered from {@code firstNumber}, with a source button for each item
	 * and a "More" button for the rest.
	 * @param more whether the reader asked for it with "More": its items are counted as read so
	 */
	private List<Outgoing> page(Turn turn, String header, List<Long> numbered, List<Long> pending, int firstNumber,
			boolean more) {
		Pages.Page page = pages.layout(header, pending, firstNumber);
		int shown = page.shown();
		List<String> parts = new ArrayList<>(List.of(page.html()));
		List<Long> remaining = pending.subList(shown, pending.size());
		memory.remember(turn.chatId(), new ChatMemory.Shown(numbered, remaining, firstNumber + shown));
		if (more) {
			pending.subList(0, shown).forEach(id -> counter.count(id, Reading.MORE));
		}
		List<List<Keyboard.Button>> rows = sourceButtons(turn, pending.subList(0, shown), firstNumber);
		if (!remaining.isEmpty()) {
			parts.add(replies.text(turn, MessageKey.MORE_REMAINING, remaining.size()));
			rows.add(List.of(new Keyboard.Button(replies.text(turn, MessageKey.MORE_BUTTON),
					new ButtonData(MORE_BUTTON, turn.userId(), "").encode())));
		}
		return replies.html(turn, String.join("\n\n", parts), new Keyboard(rows));
	}

	/** "Bron 1", "Bron 2", ...: each shows that item's sources, as /source does. */
	private List<List<Keyboard.Button>> sourceButtons(Turn turn, List<Long> ids, int firstNumber) {
		List<List<Keyboard.Button>> rows = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			if (i % SOURCE_BUTTONS_A_ROW == 0) {
				rows.add(new ArrayList<>());
			}
			int number = firstNumber + i;
			rows.get(rows.size() - 1).add(new Keyboard.Button(replies.text(turn, MessageKey.SOURCE_BUTTON, number),
					new ButtonData(LookupCommands.SOURCE_BUTTON, turn.userId(), number + "." + ids.get(i)).encode()));
		}
		return rows;
	}

	/** A press on "More". */
	private List<Outgoing> press(Incoming.ButtonPress press, Turn turn) {
		List<Outgoing> answer = new ArrayList<>(more(turn));
		answer.add(new Outgoing.AnswerButton(press.callbackId(), null));
		return answer;
	}

}
