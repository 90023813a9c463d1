package digestbot.inline;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import digestbot.chat.Language;
import digestbot.chat.MessageKey;
import digestbot.chat.Messages;
import digestbot.digest.IssueStore;
import digestbot.digest.ItemHtml;
import digestbot.digest.PublishedIssue;
import digestbot.digest.PublishedItem;
import digestbot.digest.SearchWords;
import digestbot.subscription.Place;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import digestbot.text.Html;
import digestbot.text.Texts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Answers inline queries: the items of the archive that mention every word typed, found as the
 * chat's /search finds them (newest issue first), or the current issue's items when nothing was
 * typed; a page at a time, in the reader's language. Reads only, and creates no subscriber: a
 * reader who never wrote to the bot may use inline mode too.
 */
@Service
public class InlineSearch {

	/**
	 * Results per answer. Telegram takes at most 50; ten fill a phone's list, keep each answer
	 * small (every result carries its whole message), and the client asks for more as the reader
	 * scrolls.
	 */
	static final int PAGE_SIZE = 10;

	/** How far a reader can scroll, so that no query makes the database count deep. */
	static final int MAX_RESULTS = 200;

	/**
	 * How long Telegram may answer the same query from its cache: a minute, so that a new issue
	 * or a new /lang shows within one, while typing back and forth costs no new search.
	 */
	static final int CACHE_SECONDS = 60;

	private static final int TITLE_LENGTH = 80;

	private final IssueStore issues;

	private final SubscriberStore subscribers;

	private final Messages messages;

	private final InlineMessage message;

	private final int pageSize;

	@Autowired
	InlineSearch(IssueStore issues, SubscriberStore subscribers, Messages messages, ItemHtml itemHtml) {
		this(issues, subscribers, messages, itemHtml, PAGE_SIZE);
	}

	InlineSearch(IssueStore issues, SubscriberStore subscribers, Messages messages, ItemHtml itemHtml, int pageSize) {
		this.issues = issues;
		this.subscribers = subscribers;
		this.messages = messages;
		this.message = new InlineMessage(itemHtml);
		this.pageSize = pageSize;
	}

	/**
	 * The page of results the query's offset asks for. Results are personal, being in the
	 * reader's language: Telegram must not show them to another reader typing the same words.
	 */
	public InlineAnswer answer(InlineQuery query) {
		OptionalInt skip = InlineOffset.parse(query.offset());
		if (skip.isEmpty() || skip.getAsInt() >= MAX_RESULTS) {
			return new InlineAnswer(List.of(), "", CACHE_SECONDS, true);
		}
		Language language = language(query);
		List<String> words = SearchWords.of(query.text());
		// One more than a page tells whether there is a next one.
		List<PublishedItem> found = words.isEmpty() ? currentIssue(skip.getAsInt(), pageSize + 1)
				: issues.search(words, skip.getAsInt(), pageSize + 1);
		int next = skip.getAsInt() + pageSize;
		boolean more = found.size() > pageSize && next < MAX_RESULTS;
		List<InlineResult> results = found.stream().limit(pageSize).map(item -> result(item, language)).toList();
		return new InlineAnswer(results, InlineOffset.next(more, next), CACHE_SECONDS, true);
	}

	/** The subscriber's language where the reader is one, else their Telegram's. */
	private Language language(InlineQuery query) {
		Optional<Subscriber> subscriber = subscribers.find(Place.chat(query.userId()));
		return Language.fromTelegramCode(subscriber.map(Subscriber::language).orElse(query.languageCode()));
	}

	private List<PublishedItem> currentIssue(int skip, int limit) {
		List<PublishedItem> items = issues.current().map(PublishedIssue::items).orElse(List.of());
		return items.subList(Math.min(skip, items.size()), Math.min(skip + limit, items.size()));
	}

	private InlineResult result(PublishedItem item, Language language) {
		String title = Texts.firstWords(item.text().strip(), TITLE_LENGTH);
		String topics = item.topics().isEmpty() ? plain(messages.text(language, MessageKey.INLINE_NO_TOPIC))
				: String.join(", ", item.topics());
		String description = plain(messages.text(language, MessageKey.INLINE_DESCRIPTION, topics, item.issueDate()));
		String header = messages.text(language, MessageKey.INLINE_MESSAGE_HEADER, item.issueDate());
		return new InlineResult(Long.toString(item.id()), title.isEmpty() ? "#" + item.number() : title, description,
				message.html(header, item));
	}

	/** Titles and descriptions are plain text; the texts are HTML. */
	private static String plain(String html) {
		return Html.toPlainText(html);
	}

}
