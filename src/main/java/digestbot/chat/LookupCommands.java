package digestbot.chat;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import digestbot.digest.IssueStore;
import digestbot.digest.IssueSummary;
import digestbot.digest.ItemHtml;
import digestbot.digest.ItemLinks;
import digestbot.digest.PublishedIssue;
import digestbot.digest.PublishedItem;
import digestbot.digest.SearchWords;
import digestbot.digest.Source;
import digestbot.stats.Reading;
import digestbot.stats.ReadingCounter;
import digestbot.text.Html;
import digestbot.text.Texts;

import org.springframework.stereotype.Component;

/** Looking things up: /source, /issue, /archive and /search. */
@Component
final class LookupCommands implements ChatCommands {

	/** The names of the commands answered here. */
	@Component
	static final class Names implements CommandNames.Group {

		@Override
		public void register(CommandNames names) {
			names.command("source", LookupCommands::sourceNumber).aliases("bron").menu(CommandNames.Menu.PUBLIC, 90);
			names.command("issue", LookupCommands::issueDate).aliases("editie").menu(CommandNames.Menu.PUBLIC, 100);
			names.command("archive", Command.Archive::new).aliases("archief").menu(CommandNames.Menu.PUBLIC, 110);
			names.command("search", Command.Search::new).aliases("zoek").menu(CommandNames.Menu.PUBLIC, 120);
		}

	}

	/** The kind of a page's source buttons; the argument is the item's number and id, {@code 3.1234}. */
	static final String SOURCE_BUTTON = "s";

	private static final int ARCHIVE_SIZE = 10;

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

	private static final int SEARCH_RESULTS = 10;

	private final IssueStore issues;

	private final ChatMemory memory;

	private final Replies replies;

	private final ItemHtml itemHtml;

	private final ItemLinks links;

	private final ReadingCounter counter;

	LookupCommands(IssueStore issues, ChatMemory memory, Replies replies, ItemHtml itemHtml, ItemLinks links,
			ReadingCounter counter) {
		this.counter = counter;
		this.issues = issues;
		this.memory = memory;
		this.replies = replies;
		this.itemHtml = itemHtml;
		this.links = links;
	}

	@Override
	public void register(Routes routes) {
		routes.on(Command.Source.class, (command, turn) -> source(command.number(), turn));
		routes.on(Command.IssueToc.class, (command, turn) -> contents(command.date(), turn));
		routes.on(Command.Archive.class, (command, turn) -> archive(turn));
		routes.on(Command.Search.class, (command, turn) -> search(command.words(), turn));
		routes.button(SOURCE_BUTTON, (data, press, turn) -> sourceButton(data, press, turn));
	}

	/** A press on "Bron n": the sources of the item it was made for, whatever was shown since. */
	private List<Outgoing> sourceButton(ButtonData data, Incoming.ButtonPress press, Turn turn) {
		List<Outgoing> answer = new ArrayList<>();
		answer.add(new Outgoing.AnswerButton(press.callbackId(), null));
		String[] parts = data.argument().split("\\.", 2);
		List<PublishedItem> found = List.of();
		int number = 0;
		if (parts.length == 2 && parts[0].matches("\\d{1,6}") && parts[1].matches("\\d{1,18}")) {
			number = Integer.parseInt(parts[0]);
			found = issues.items(List.of(Long.parseLong(parts[1])));
		}
		if (found.isEmpty()) {
			answer.addAll(replies.say(turn, MessageKey.BUTTON_EXPIRED));
			return answer;
		}
		counter.count(found.get(0).id(), Reading.SOURCE_BUTTON);
		answer.addAll(sources(found.get(0), number, turn));
		return answer;
	}

	private List<Outgoing> source(Integer requested, Turn turn) {
		ChatMemory.Shown shown = memory.recall(turn.chatId());
		if (shown.itemIds().isEmpty()) {
			return replies.say(turn, MessageKey.SOURCE_NOTHING_SHOWN);
		}
		int number = requested != null ? requested : shown.firstNumber() - 1;
		if (number < 1 || number > shown.itemIds().size()) {
			return replies.say(turn, MessageKey.SOURCE_NO_ITEM, number);
		}
		List<PublishedItem> found = issues.items(List.of(shown.itemIds().get(number - 1)));
		if (found.isEmpty()) {
			return replies.say(turn, MessageKey.SOURCE_NO_ITEM, number);
		}
		counter.count(found.get(0).id(), Reading.SOURCE_COMMAND);
		return sources(found.get(0), number, turn);
	}

	private List<Outgoing> sources(PublishedItem item, int number, Turn turn) {
		StringBuilder text = new StringBuilder(replies.text(turn, MessageKey.SOURCES_HEADER, number));
		if (item.sources().isEmpty()) {
			text.append('\n').append(replies.text(turn, MessageKey.SOURCE_NONE));
		}
		for (int i = 0; i < item.sources().size(); i++) {
			text.append('\n').append(replies.text(turn, MessageKey.SOURCE_LINE, i + 1, describe(item.sources().get(i))));
		}
		text.append("\n\n").append(replies.text(turn, MessageKey.SOURCE_ISSUE, item.issueDate()));
		links.of(item).map(URI::toString).ifPresent(page -> text.append('\n')
			.append(replies.text(turn, MessageKey.SOURCE_PAGE, new SafeHtml(Html.link(page, page)))));
		return replies.html(turn, text.toString(), null);
	}

	private static SafeHtml describe(Source source) {
		String full = source.fullName().equals(source.name()) ? "" : " — " + source.fullName();
		if (source.url() != null && Html.isWebUrl(source.url())) {
			return new SafeHtml(Html.link(source.url(), source.name() + full));
		}
		return new SafeHtml(Html.escape(source.name() + full));
	}

	private List<Outgoing> contents(LocalDate date, Turn turn) {
		Optional<PublishedIssue> issue = date == null ? issues.current() : issues.byDate(date);
		if (issue.isEmpty()) {
			return date == null ? replies.say(turn, MessageKey.NO_ISSUE)
					: replies.say(turn, MessageKey.NO_ISSUE_ON_DATE, date);
		}
		StringBuilder text = new StringBuilder(replies.text(turn, MessageKey.ISSUE_TOC_HEADER, issue.get().date()));
		if (issue.get().intro() != null) {
			text.append("\n\n<i>").append(Html.escape(issue.get().intro())).append("</i>");
		}
		for (PublishedIssue.PublishedSection section : issue.get().sections()) {
			List<String> lines = new ArrayList<>();
			if (section.title() != null) {
				lines.add("<b>" + Html.escape(section.title()) + "</b>");
			}
			for (PublishedItem item : section.items()) {
				String firstWords = Texts.firstWords(item.text(), 80);
				lines.add(item.number() + ". " + links.of(item)
					.map(page -> Html.link(page.toString(), firstWords))
					.orElse(Html.escape(firstWords)));
			}
			text.append("\n\n").append(String.join("\n", lines));
		}
		return replies.html(turn, text.toString(), null);
	}

	private List<Outgoing> archive(Turn turn) {
		List<IssueSummary> summaries = issues.archive(ARCHIVE_SIZE);
		if (summaries.isEmpty()) {
			return replies.say(turn, MessageKey.ARCHIVE_EMPTY);
		}
		StringBuilder text = new StringBuilder(replies.text(turn, MessageKey.ARCHIVE_HEADER));
		for (IssueSummary summary : summaries) {
			text.append("\n/issue ").append(summary.date()).append(" · ")
				.append(replies.text(turn, MessageKey.ARCHIVE_LINE, summary.date(), summary.itemCount()));
		}
		return replies.html(turn, text.toString(), null);
	}

	private List<Outgoing> search(String words, Turn turn) {
		List<String> terms = SearchWords.of(words);
		if (terms.isEmpty()) {
			return replies.say(turn, MessageKey.SEARCH_ASK);
		}
		List<PublishedItem> found = issues.search(terms, 0, SEARCH_RESULTS);
		if (found.isEmpty()) {
			return replies.say(turn, MessageKey.SEARCH_NO_RESULTS, words);
		}
		List<String> parts = new ArrayList<>();
		parts.add(replies.text(turn, MessageKey.SEARCH_HEADER, words, found.size()));
		for (int i = 0; i < found.size(); i++) {
			parts.add(ItemBlocks.block(i + 1, itemHtml.render(found.get(i))) + " · " + found.get(i).issueDate());
		}
		List<Long> ids = found.stream().map(PublishedItem::id).toList();
		memory.remember(turn.chatId(), new ChatMemory.Shown(ids, List.of(), ids.size() + 1));
		return replies.html(turn, String.join("\n\n", parts), null);
	}

	/** {@code /source n}: an item number of up to 6 digits, with or without {@code #}, not 0. */
	static Command sourceNumber(String argument) {
		if (argument == null) {
			return new Command.Source(null);
		}
		String digits = argument.startsWith("#") ? argument.substring(1) : argument;
		if (digits.isEmpty() || digits.length() > 6) {
			return new Command.BadArgument("source", argument);
		}
		for (int i = 0; i < digits.length(); i++) {
			if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
				return new Command.BadArgument("source", argument);
			}
		}
		int number = Integer.parseInt(digits);
		return (number == 0) ? new Command.BadArgument("source", argument) : new Command.Source(number);
	}

	/** {@code /issue date}: a date as 2025-01-27 or 27-1-2025. */
	static Command issueDate(String argument) {
		if (argument == null) {
			return new Command.IssueToc(null);
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return new Command.IssueToc(LocalDate.parse(argument, format));
			}
			catch (DateTimeParseException ex) {
				// try the next form
			}
		}
		return new Command.BadArgument("issue", argument);
	}

}
