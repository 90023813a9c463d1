package digestbot.admin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;
import digestbot.subscription.Subscriber;
import digestbot.text.Csv;

/**
 * The subscribers' backup as CSV: one line per place with every setting, its topics as one field
 * (itself a CSV record of the topic names). Reading checks every line and refuses the whole file
 * at the first wrong one, naming it.
 */
final class SubscriberCsv {

	static final List<String> HEADER = List.of("chat_id", "thread_id", "kind", "title", "user_id", "language",
			"push_time", "time_zone", "format", "paused", "active", "from_issue_date", "topics");

	/** A file that cannot be imported, and why. */
	static final class RefusedException extends Exception {

		RefusedException(String reason) {
			super(reason);
		}

	}

	private SubscriberCsv() {
	}

	static String write(List<Subscriber> subscribers) {
		StringBuilder csv = new StringBuilder(Csv.line(HEADER));
		for (Subscriber each : subscribers) {
			csv.append(Csv.line(List.of(Long.toString(each.chatId()), Long.toString(each.threadId()), each.kind().name(),
					each.title() == null ? "" : each.title(), Long.toString(each.userId()), each.language(),
					each.pushTime() == null ? "" : each.pushTime().toString(), each.zone().getId(), each.format().name(),
					Boolean.toString(each.paused()), Boolean.toString(each.active()),
					each.fromIssueDate() == null ? "" : each.fromIssueDate().toString(),
					Csv.line(each.topics().stream().sorted().toList()).strip())));
		}
		return csv.toString();
	}

	static List<Subscriber> read(String text, int maxRows) throws RefusedException {
		List<List<String>> records;
		try {
			records = Csv.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (Csv.MalformedException ex) {
			throw new RefusedException("line " + ex.line() + ": " + ex.getMessage());
		}
		if (records.isEmpty() || !records.get(0).equals(HEADER)) {
			throw new RefusedException("the first line must be the header " + String.join(",", HEADER));
		}
		if (records.size() - 1 > maxRows) {
			throw new RefusedException("more than " + maxRows + " places");
		}
		List<Subscriber> subscribers = new ArrayList<>();
		Set<Place> seen = new HashSet<>();
		for (int i = 1; i < records.size(); i++) {
			List<String> fields = records.get(i);
			if (fields.size() == 1 && fields.get(0).isEmpty()) {
				continue;
			}
			Subscriber subscriber = row(fields, i + 1);
			if (!seen.add(subscriber.place())) {
				throw new RefusedException("record " + (i + 1) + ": place " + subscriber.place() + " appears twice");
			}
			subscribers.add(subscriber);
		}
		return subscribers;
	}

	private static Subscriber row(List<String> fields, int record) throws RefusedException {
		if (fields.size() != HEADER.size()) {
			throw new RefusedException(
					"record " + record + ": " + fields.size() + " fields instead of " + HEADER.size());
		}
		try {
			long chatId = Long.parseLong(fields.get(0));
			long threadId = Long.parseLong(fields.get(1));
			PlaceKind kind = PlaceKind.valueOf(fields.get(2));
			String title = fields.get(3).isEmpty() ? null : fields.get(3);
			check(title == null || title.length() <= 255, "title longer than 255 characters");
			check(threadId >= 0 && chatId != 0, "no such place");
			String language = fields.get(5);
			check(language.matches("[a-z]{2}"), "language must be two letters");
			LocalTime pushTime = fields.get(6).isEmpty() ? null : LocalTime.parse(fields.get(6));
			ZoneId zone = ZoneId.of(fields.get(7));
			PushFormat format = PushFormat.valueOf(fields.get(8));
			boolean paused = bool(fields.get(9));
			boolean active = bool(fields.get(10));
			LocalDate from = fields.get(11).isEmpty() ? null : LocalDate.parse(fields.get(11));
			Set<String> topics = new LinkedHashSet<>();
			for (List<String> topicRecord : Csv.read(fields.get(12))) {
				for (String topic : topicRecord) {
					check(!topic.isBlank() && topic.length() <= 100, "a topic is empty or longer than 100 characters");
					topics.add(topic);
				}
			}
			return new Subscriber(new Place(chatId, threadId), kind, title, Long.parseLong(fields.get(4)), language,
					pushTime, zone, format, paused, active, from, topics);
		}
		catch (IllegalArgumentException | DateTimeException | Csv.MalformedException ex) {
			throw new RefusedException("record " + record + ": " + ex.getMessage());
		}
	}

	private static boolean bool(String text) {
		check("true".equals(text) || "false".equals(text), "expected true or false, not " + text);
		return Boolean.parseBoolean(text);
	}

	private static void check(boolean condition, String reason) {
		if (!condition) {
			throw new IllegalArgumentException(reason);
		}
	}

}
