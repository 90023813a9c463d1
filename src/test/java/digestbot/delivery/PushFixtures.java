package digestbot.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import digestbot.digest.Issue;
import digestbot.digest.IssueStore;
import digestbot.digest.Item;
import digestbot.digest.PublishedIssue;
import digestbot.digest.Section;
import digestbot.digest.Source;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;
import digestbot.subscription.SubscriberStore;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Issues, subscribers and deliveries for the push's integration tests. */
final class PushFixtures {

	static final Source GT = new Source("GT", "Global Times", "https://www.globaltimes.cn");

	private final JdbcClient jdbc;

	private final IssueStore issues;

	private final SubscriberStore subscribers;

	PushFixtures(JdbcClient jdbc, IssueStore issues, SubscriberStore subscribers) {
		this.jdbc = jdbc;
		this.issues = issues;
		this.subscribers = subscribers;
	}

	void clean() {
		jdbc.sql("delete from delivery").update();
		jdbc.sql("delete from push").update();
		jdbc.sql("delete from subscription").update();
		jdbc.sql("delete from planner_state").update();
		jdbc.sql("delete from subscriber").update();
		jdbc.sql("delete from issue").update();
		issues.invalidate();
	}

	PublishedIssue issue(LocalDate date, Item... items) {
		return issues.save(new Issue(date, "Intro", List.of(new Section("Kop", List.of(items)))), "hash-" + date,
				null);
	}

	static Item item(String text, String... topics) {
		return new Item(1, text, List.of(GT), List.of(topics));
	}

	/**
	 * A subscriber (pushed at 07:30 Brussels time) following the topics from the current issue on,
	 * since before today's push time.
	 */
	void subscriber(long chatId, String... topics) {
		follows(chatId, topics);
		// One who started after today's push time would wait for tomorrow's.
		jdbc.sql("delete from planner_state where chat_id = ?").param(chatId).update();
	}

	/** A thread of a forum following the topics, since before today's push time. */
	void threadSubscriber(Place place, String... topics) {
		subscribers.findOrCreate(place, PlaceKind.GROUP, 1, "nl");
		subscribers.subscribe(place, List.of(topics), currentIssue());
		jdbc.sql("delete from planner_state where chat_id = ?").param(place.chatId()).update();
	}

	/** The chat follows the topics now, as it does through the chat. */
	void follows(long chatId, String... topics) {
		subscribers.findOrCreate(Place.chat(chatId), PlaceKind.ofChat(chatId), Math.abs(chatId), "nl");
		subscribers.subscribe(Place.chat(chatId), List.of(topics), currentIssue());
	}

	/** The chat says /start: a subscriber without topics. */
	void opens(long chatId) {
		subscribers.findOrCreate(Place.chat(chatId), PlaceKind.ofChat(chatId), Math.abs(chatId), "nl");
	}

	void unfollows(long chatId, String... topics) {
		subscribers.unsubscribe(Place.chat(chatId), List.of(topics));
	}

	/** The chat moves its push time, as it does through the chat. */
	void movesPushTime(long chatId, String time) {
		subscribers.setPushTime(Place.chat(chatId), LocalTime.parse(time));
	}

	void resume(long chatId) {
		subscribers.resume(Place.chat(chatId), currentIssue());
	}

	private LocalDate currentIssue() {
		return issues.current().map(PublishedIssue::date).orElse(null);
	}

	void pushTime(long chatId, String time) {
		jdbc.sql("update subscriber set push_time = ? where chat_id = ?").params(time, chatId).update();
	}

	void zone(long chatId, String zone) {
		jdbc.sql("update subscriber set time_zone = ? where chat_id = ?").params(zone, chatId).update();
	}

	void format(long chatId, PushFormat format) {
		subscribers.setFormat(Place.chat(chatId), format);
	}

	void paused(long chatId) {
		subscribers.pause(Place.chat(chatId));
	}

	void inactive(long chatId) {
		jdbc.sql("update subscriber set active = false where chat_id = ?").param(chatId).update();
	}

	/** The item texts planned for the chat, in item order. */
	List<String> plannedTexts(long chatId) {
		return jdbc.sql("select i.text from delivery d join item i on i.id = d.item_id where d.chat_id = ? order by i.id")
			.param(chatId)
			.query(String.class)
			.list();
	}

	int deliveries(String state) {
		return jdbc.sql("select count(*) from delivery where state = ?").param(state).query(Integer.class).single();
	}

	int deliveries(long chatId, String state) {
		return jdbc.sql("select count(*) from delivery where chat_id = ? and state = ?")
			.params(chatId, state)
			.query(Integer.class)
			.single();
	}

	int totalDeliveries() {
		return jdbc.sql("select count(*) from delivery").query(Integer.class).single();
	}

}
