package digestbot.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import digestbot.delivery.MutableClock;
import digestbot.digest.Issue;
import digestbot.digest.IssueStore;
import digestbot.digest.Item;
import digestbot.digest.PublishedItem;
import digestbot.digest.Section;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage of subscribers, their settings and topics, on H2 and on PostgreSQL. */
@SpringBootTest(properties = "digestbot.push.enabled=false")
@Import(SubscriberStoreIntegrationTests.Clocks.class)
abstract class SubscriberStoreIntegrationTests {

	@OnH2
	static class OnH2Tests extends SubscriberStoreIntegrationTests {

	}

	@OnPostgres
	static class OnPostgresTests extends SubscriberStoreIntegrationTests {

	}

	private static final Place CHAT = Place.chat(1001);

	private static final Place OTHER = Place.chat(1002);

	private static final LocalDate FIRST_ISSUE = LocalDate.of(2025, 2, 3);

	/** 06:00 in Brussels, before the default push time of 07:30. */
	private static final Instant MORNING = Instant.parse("2025-02-03T05:00:00Z");

	/** 20:00 in Brussels, after it. */
	private static final Instant EVENING = Instant.parse("2025-02-03T19:00:00Z");

	@Autowired
	SubscriberStore store;

	@Autowired
	MutableClock clock;

	@Autowired
	IssueStore issues;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		jdbc.sql("delete from delivery").update();
		jdbc.sql("delete from planner_state").update();
		jdbc.sql("delete from subscriber").update();
		clock.set(MORNING);
	}

	@Test
	void aNewChatGetsTheDefaults() {
		Subscriber created = store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "en");

		assertThat(created).isEqualTo(new Subscriber(CHAT, PlaceKind.PRIVATE, null, 7, "en", LocalTime.of(7, 30),
				ZoneId.of("Europe/Brussels"), PushFormat.DIGEST, false, true, null, Set.of()));
		assertThat(store.findOrCreate(CHAT, PlaceKind.PRIVATE, 8, "nl")).isEqualTo(created);
		assertThat(store.find(CHAT)).contains(created);
		assertThat(store.find(OTHER)).isEmpty();
	}

	@Test
	void anInactiveChatThatSpeaksAgainIsActiveWithItsSettings() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		store.subscribe(CHAT, List.of("AI"), FIRST_ISSUE);
		store.deactivate(CHAT);
		assertThat(store.find(CHAT).orElseThrow().active()).isFalse();

		Subscriber again = store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "en");

		assertThat(again.active()).isTrue();
		assertThat(again.language()).isEqualTo("nl");
		assertThat(again.topics()).containsExactly("AI");
	}

	@Test
	void theFirstSubscriptionFixesTheIssueThePushStartsFrom() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");

		assertThat(store.subscribe(CHAT, List.of("AI"), null).fromIssueDate()).isNull();
		assertThat(store.subscribe(CHAT, List.of("AI", "Robots"), FIRST_ISSUE).fromIssueDate()).isEqualTo(FIRST_ISSUE);
		Subscriber later = store.subscribe(CHAT, List.of("Robots", "EV-nieuws"), FIRST_ISSUE.plusWeeks(1));

		assertThat(later.fromIssueDate()).isEqualTo(FIRST_ISSUE);
		assertThat(later.topics()).containsExactlyInAnyOrder("AI", "Robots", "EV-nieuws");
	}

	@Test
	void eachTopicStartsAtTheIssueThatWasCurrentWhenItWasFollowed() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		store.subscribe(CHAT, List.of("AI"), FIRST_ISSUE);

		store.subscribe(CHAT, List.of("AI", "Robots"), FIRST_ISSUE.plusWeeks(3));

		assertThat(starts(CHAT)).containsExactly(Map.entry("AI", FIRST_ISSUE),
				Map.entry("Robots", FIRST_ISSUE.plusWeeks(3)));
	}

	@Test
	void aTopicDroppedAndFollowedAgainStartsAtTheCurrentIssue() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		store.subscribe(CHAT, List.of("AI", "Robots"), FIRST_ISSUE);
		store.unsubscribe(CHAT, List.of("Robots"));

		store.subscribe(CHAT, List.of("Robots"), FIRST_ISSUE.plusWeeks(1));

		assertThat(starts(CHAT)).containsEntry("Robots", FIRST_ISSUE.plusWeeks(1));
	}

	@Test
	void aTopicFollowedBeforeAnyIssueStartsAtTheFirstOne() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");

		store.subscribe(CHAT, List.of("AI"), null);

		assertThat(starts(CHAT)).containsEntry("AI", null);
	}

	@Test
	void resumingStartsEveryTopicAtTheCurrentIssue() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		store.subscribe(CHAT, List.of("AI"), null);
		store.subscribe(CHAT, List.of("Robots"), FIRST_ISSUE);
		store.findOrCreate(OTHER, PlaceKind.PRIVATE, 8, "nl");
		store.subscribe(OTHER, List.of("AI"), FIRST_ISSUE);
		store.pause(CHAT);

		store.resume(CHAT, FIRST_ISSUE.plusWeeks(5));

		assertThat(starts(CHAT)).containsExactly(Map.entry("AI", FIRST_ISSUE.plusWeeks(5)),
				Map.entry("Robots", FIRST_ISSUE.plusWeeks(5)));
		assertThat(starts(OTHER)).containsEntry("AI", FIRST_ISSUE);
	}

	@Test
	void resumingAChatThatWasNotPausedKeepsWhereItsTopicsStart() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		store.subscribe(CHAT, List.of("AI"), FIRST_ISSUE);

		store.resume(CHAT, FIRST_ISSUE.plusWeeks(5));

		assertThat(starts(CHAT)).containsEntry("AI", FIRST_ISSUE);
	}

	@Test
	void aFirstTopicInTheEveningBringsTheFirstPushTomorrowMorning() {
		clock.set(EVENING);
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		assertThat(store.nextPush(CHAT)).isEqualTo(new NextPush(LocalTime.of(7, 30), false, false));

		store.subscribe(CHAT, List.of("AI"), FIRST_ISSUE);

		assertThat(store.nextPush(CHAT)).isEqualTo(new NextPush(LocalTime.of(7, 30), false, false));
		assertThat(lastPlannedOn(CHAT)).as("today's push counted as had").isEqualTo(LocalDate.of(2025, 2, 3));
	}

	@Test
	void aFirstTopicBeforeThePushTimeBringsTheFirstPushToday() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");

		store.subscribe(CHAT, List.of("AI"), FIRST_ISSUE);

		assertThat(store.nextPush(CHAT)).isEqualTo(new NextPush(LocalTime.of(7, 30), true, false));
		assertThat(lastPlannedOn(CHAT)).isNull();
	}

	@Test
	void aPushTimeThatHasAlreadyComeTodayBringsTheNextPushTomorrow() {
		clock.set(EVENING);
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");

		store.setPushTime(CHAT, LocalTime.of(21, 0));
		assertThat(store.nextPush(CHAT)).isEqualTo(new NextPush(LocalTime.of(21, 0), true, false));
		store.setPushTime(CHAT, LocalTime.of(20, 0));
		assertThat(store.nextPush(CHAT)).isEqualTo(new NextPush(LocalTime.of(20, 0), false, false));
		store.setPushTime(CHAT, LocalTime.of(21, 0));
		assertThat(store.nextPush(CHAT)).as("one push a day").isEqualTo(new NextPush(LocalTime.of(21, 0), false, false));
	}

	@Test
	void resumingInTheEveningBringsTheNextPushTomorrowMorning() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		store.subscribe(CHAT, List.of("AI"), FIRST_ISSUE);
		store.pause(CHAT);
		assertThat(store.nextPush(CHAT).paused()).isTrue();
		clock.set(EVENING);

		store.resume(CHAT, FIRST_ISSUE);

		assertThat(store.nextPush(CHAT)).isEqualTo(new NextPush(LocalTime.of(7, 30), false, false));
	}

	@Test
	void unsubscribingRemovesOnlyThoseTopics() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		store.subscribe(CHAT, List.of("AI", "Robots", "Logistiek"), FIRST_ISSUE);

		Subscriber left = store.unsubscribe(CHAT, List.of("AI", "Logistiek", "Wetenschap"));

		assertThat(left.topics()).containsExactly("Robots");
	}

	@Test
	void settingsAreStored() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");

		store.setLanguage(CHAT, "en");
		store.setPushTime(CHAT, LocalTime.of(6, 45));
		store.setFormat(CHAT, PushFormat.ITEMS);
		store.pause(CHAT);

		Subscriber changed = store.find(CHAT).orElseThrow();
		assertThat(changed.language()).isEqualTo("en");
		assertThat(changed.pushTime()).isEqualTo(LocalTime.of(6, 45));
		assertThat(changed.format()).isEqualTo(PushFormat.ITEMS);
		assertThat(changed.paused()).isTrue();
		store.resume(CHAT, FIRST_ISSUE);
		assertThat(store.find(CHAT).orElseThrow().paused()).isFalse();
	}

	@Test
	void deactivatingCancelsThePendingDeliveriesOfThatChatOnly() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		List<Long> items = items(4);
		deliver(CHAT, items.get(0), "PENDING");
		deliver(CHAT, items.get(1), "SENDING");
		deliver(CHAT, items.get(2), "SENT");
		deliver(OTHER, items.get(0), "PENDING");

		store.deactivate(CHAT);

		assertThat(store.find(CHAT).orElseThrow().active()).isFalse();
		assertThat(states(CHAT)).containsExactly("CANCELLED", "CANCELLED", "SENT");
		assertThat(states(OTHER)).containsExactly("PENDING");
	}

	@Test
	void deletingForgetsTheChatButKeepsWhatWasSent() {
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		store.subscribe(CHAT, List.of("AI", "Robots"), FIRST_ISSUE);
		List<Long> items = items(3);
		deliver(CHAT, items.get(0), "SENT");
		deliver(CHAT, items.get(1), "PENDING");
		deliver(CHAT, items.get(2), "FAILED");

		assertThat(store.delete(CHAT)).isTrue();

		assertThat(store.find(CHAT)).isEmpty();
		assertThat(jdbc.sql("select count(*) from subscription where chat_id = ?").param(CHAT.chatId())
			.query(Long.class)
			.single())
			.isZero();
		assertThat(states(CHAT)).containsExactly("SENT");
		assertThat(store.delete(CHAT)).isFalse();
		assertThat(store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "en").topics()).isEmpty();
	}

	@Test
	void aChatTheBotLeftHasEveryPlaceInactiveUntilItIsBack() {
		Place thread = new Place(-700, 3);
		store.findOrCreate(Place.chat(-700), PlaceKind.GROUP, 7, "nl");
		store.findOrCreate(thread, PlaceKind.GROUP, 7, "nl");
		store.findOrCreate(CHAT, PlaceKind.PRIVATE, 7, "nl");
		List<Long> items = items(1);
		deliver(thread, items.get(0), "PENDING");

		store.chatLeft(-700);

		assertThat(store.find(Place.chat(-700)).orElseThrow().active()).isFalse();
		assertThat(store.find(thread).orElseThrow().active()).isFalse();
		assertThat(store.find(CHAT).orElseThrow().active()).isTrue();
		assertThat(states(thread)).containsExactly("CANCELLED");
		store.chatBack(-700);
		assertThat(store.find(thread).orElseThrow().active()).isTrue();
	}

	@Test
	void aGroupThatBecameASupergroupTakesItsPlacesTopicsDeliveriesAndPlannerStateAlong() {
		Place group = Place.chat(-800);
		Place supergroup = Place.chat(-1_000_000_000_800L);
		store.findOrCreate(group, PlaceKind.GROUP, 7, "nl");
		store.subscribe(group, List.of("AI"), FIRST_ISSUE);
		store.setPushTime(group, LocalTime.of(6, 15));
		List<Long> items = items(2);
		deliver(group, items.get(0), "SENT");
		deliver(group, items.get(1), "PENDING");
		jdbc.sql("insert into planner_state (chat_id, thread_id, last_planned_on) values (-800, 0, ?)").param(FIRST_ISSUE)
			.update();
		store.findOrCreate(supergroup, PlaceKind.GROUP, 8, "en"); // someone wrote there first
		deliver(supergroup, items.get(1), "PENDING");

		assertThat(store.move(group.chatId(), supergroup.chatId())).isTrue();

		assertThat(store.find(group)).isEmpty();
		Subscriber moved = store.find(supergroup).orElseThrow();
		assertThat(moved.topics()).containsExactly("AI");
		assertThat(moved.pushTime()).isEqualTo(LocalTime.of(6, 15));
		assertThat(moved.language()).isEqualTo("nl");
		assertThat(states(group)).isEmpty();
		assertThat(states(supergroup)).containsExactly("SENT", "PENDING");
		assertThat(lastPlannedOn(supergroup)).isEqualTo(FIRST_ISSUE);
		assertThat(store.move(group.chatId(), supergroup.chatId())).isFalse();
	}

	@Test
	void aChannelIsPostedAtPublicationFromTheIssueAfterTheCurrentOneAndConnectedAgainKeepsItsSettings() {
		Subscriber channel = store.connectChannel(-1001, "@kanaal", 7, "en", List.of("AI", "Robots"), FIRST_ISSUE);

		assertThat(channel.kind()).isEqualTo(PlaceKind.CHANNEL);
		assertThat(channel.title()).isEqualTo("@kanaal");
		assertThat(channel.atPublication()).isTrue();
		assertThat(channel.language()).isEqualTo("en");
		assertThat(starts(channel.place())).containsExactly(Map.entry("AI", FIRST_ISSUE.plusDays(1)),
				Map.entry("Robots", FIRST_ISSUE.plusDays(1)));
		store.setPushTime(channel.place(), LocalTime.of(6, 0));
		store.chatLeft(-1001);

		Subscriber again = store.connectChannel(-1001, "@kanaal", 8, "nl", List.of("EV-nieuws"), FIRST_ISSUE.plusWeeks(1));

		assertThat(again.active()).isTrue();
		assertThat(again.pushTime()).isEqualTo(LocalTime.of(6, 0));
		assertThat(again.topics()).containsExactlyInAnyOrder("AI", "Robots");
		assertThat(again.userId()).isEqualTo(8);
		assertThat(store.channelsConnectedBy(8)).containsExactly(again);
		assertThat(store.channelsConnectedBy(7)).isEmpty();
	}

	@Test
	void countsFollowersOfEachTopicAmongActiveChats() {
		for (long chat = 1; chat <= 3; chat++) {
			store.findOrCreate(Place.chat(chat), PlaceKind.PRIVATE, chat, "nl");
		}
		store.subscribe(Place.chat(1), List.of("Robots", "AI"), FIRST_ISSUE);
		store.subscribe(Place.chat(2), List.of("AI"), FIRST_ISSUE);
		store.subscribe(Place.chat(3), List.of("AI", "EV-nieuws"), FIRST_ISSUE);
		store.deactivate(Place.chat(3));

		Map<String, Integer> counts = store.countsByTopic();

		assertThat(counts).containsExactly(Map.entry("AI", 2), Map.entry("Robots", 1));
	}

	/** Where each topic of the chat starts, by topic. */
	private Map<String, LocalDate> starts(Place place) {
		Map<String, LocalDate> starts = new TreeMap<>();
		jdbc.sql("select topic, since_issue_date from subscription where chat_id = ? and thread_id = ?")
			.params(place.chatId(), place.threadId())
			.query(rs -> {
				starts.put(rs.getString(1), rs.getObject(2, LocalDate.class));
			});
		return starts;
	}

	/** What the planner keeps of the chat, told by the store's events: null if it keeps nothing. */
	private LocalDate lastPlannedOn(Place place) {
		return jdbc.sql("select last_planned_on from planner_state where chat_id = ? and thread_id = ?")
			.params(place.chatId(), place.threadId())
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.optional()
			.orElse(null);
	}

	/** Stores an issue with that many items; returns their ids. */
	private List<Long> items(int count) {
		List<Item> items = IntStream.rangeClosed(1, count)
			.mapToObj(n -> new Item(n, "Bericht " + n, List.of(), List.of("AI")))
			.toList();
		return issues.save(new Issue(FIRST_ISSUE, null, List.of(new Section(null, items))), "h", null)
			.items()
			.stream()
			.map(PublishedItem::id)
			.toList();
	}

	private void deliver(Place place, long itemId, String state) {
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into delivery (chat_id, thread_id, item_id, message_no, state, attempts, next_attempt_at, created_at)
				values (?, ?, ?, 1, ?, 0, ?, ?)""").params(place.chatId(), place.threadId(), itemId, state, now, now).update();
	}

	private List<String> states(Place place) {
		return jdbc.sql("select state from delivery where chat_id = ? and thread_id = ? order by item_id")
			.params(place.chatId(), place.threadId())
			.query(String.class)
			.list();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(MORNING);
		}

	}

}
