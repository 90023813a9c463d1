package digestbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import digestbot.digest.IssueStore;
import digestbot.subscription.Place;
import digestbot.subscription.SubscriberStore;
import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static digestbot.delivery.PushFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { PushTestConfiguration.ENABLED, PushTestConfiguration.RATE, PushTestConfiguration.RETRY,
		PushTestConfiguration.ATTEMPTS, PushTestConfiguration.POLL, PushTestConfiguration.INSTANCE })
@Import(PushTestConfiguration.class)
abstract class PushPlannerIntegrationTests {

	@OnH2
	static class OnH2Tests extends PushPlannerIntegrationTests {

		// H2 commits its id counter to the file each time a block of ids runs out: at its default
		// of 32 that was a third of the time a big push took to plan.
		@Test
		void deliveryIdsComeInBlocksOfTenThousand() {
			assertThat(jdbc.sql("select identity_cache from information_schema.columns"
					+ " where table_name = 'DELIVERY' and column_name = 'ID'").query(Long.class).single())
				.isEqualTo(10_000L);
		}

	}

	@OnPostgres
	static class OnPostgresTests extends PushPlannerIntegrationTests {

	}


	static final LocalDate MONDAY = LocalDate.of(2025, 1, 27);

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Autowired
	PushPlanner planner;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	PushFixtures fixtures;

	@BeforeEach
	void setUp(@Autowired JdbcClient jdbc, @Autowired IssueStore issues, @Autowired SubscriberStore subscribers) {
		fixtures = new PushFixtures(jdbc, issues, subscribers);
		fixtures.clean();
		clock.frozen().set(Instant.parse("2025-01-27T05:00:00Z"));
	}

	@Test
	void plansAtHalfPastSevenBrusselsTimeInWinter() {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.subscriber(1, "Robots");

		clock.set(Instant.parse("2025-01-27T06:29:59Z"));
		assertThat(planner.planDue()).isEmpty();
		clock.set(Instant.parse("2025-01-27T06:30:00Z"));
		assertThat(planner.planDue()).map(PushPlanned::planned).contains(1);
		assertThat(fixtures.plannedTexts(1)).containsExactly("Robots lopen");
	}

	@Test
	void aPublicationPlansTheChannelsAtOnceFromTheNextIssueOnAndNobodyElse(@Autowired SubscriberStore subscribers,
			@Autowired PushReports reports) {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.subscriber(1, "Robots");
		subscribers.connectChannel(-1001, "@kanaal", 1, "nl", List.of("Robots", "AI"), MONDAY);
		assertThat(fixtures.plannedTexts(-1001)).as("not the issue current at connection").isEmpty();
		assertThat(reports.lastReports(5)).as("no push without a channel to post to").isEmpty();

		fixtures.issue(MONDAY.plusDays(7), item("Robots dansen", "Robots"), item("DeepSeek", "AI"),
				item("BYD", "EV-nieuws"));

		assertThat(fixtures.plannedTexts(-1001)).containsExactly("Robots dansen", "DeepSeek");
		assertThat(fixtures.plannedTexts(1)).as("a reader waits for their push time").isEmpty();
		assertThat(reports.lastReports(5)).singleElement().satisfies(report -> {
			assertThat(report.kind()).isEqualTo(PushReport.Kind.PUBLISHED);
			assertThat(report.planned()).isEqualTo(2);
		});
		fixtures.issue(MONDAY.plusDays(7), item("Robots dansen", "Robots"), item("DeepSeek", "AI"),
				item("BYD", "EV-nieuws"));
		assertThat(fixtures.plannedTexts(-1001)).as("the same issue stored again brings nothing twice")
			.containsExactly("Robots dansen", "DeepSeek");
	}

	@Test
	void aChannelWithATimeOfItsOwnIsPlannedThenNotAtPublication(@Autowired SubscriberStore subscribers) {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		subscribers.connectChannel(-1002, "@kanaal", 1, "nl", List.of("Robots"), MONDAY.minusDays(7));
		subscribers.setPushTime(Place.chat(-1002), LocalTime.of(7, 30));
		jdbc.sql("delete from planner_state").update();
		fixtures.issue(MONDAY.plusDays(1), item("Robots dansen", "Robots"));
		assertThat(fixtures.plannedTexts(-1002)).isEmpty();

		clock.set(Instant.parse("2025-01-27T06:30:00Z"));
		planner.planDue();

		assertThat(fixtures.plannedTexts(-1002)).containsExactly("Robots lopen", "Robots dansen");
	}

	@Test
	void plansAtHalfPastSevenBrusselsTimeInSummer() {
		fixtures.issue(LocalDate.of(2025, 7, 14), item("Robots zwemmen", "Robots"));
		fixtures.subscriber(1, "Robots");

		clock.set(Instant.parse("2025-07-14T05:29:00Z"));
		assertThat(planner.planDue()).isEmpty();
		clock.set(Instant.parse("2025-07-14T05:30:00Z"));
		assertThat(planner.planDue()).map(PushPlanned::planned).contains(1);
	}

	@Test
	void aSubscriberAtQuarterPastEightIsPlannedThenAndNotBefore() {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.subscriber(1, "Robots");
		fixtures.pushTime(1, "08:15");

		clock.set(Instant.parse("2025-01-27T06:30:00Z"));
		assertThat(planner.planDue()).isEmpty();
		clock.set(Instant.parse("2025-01-27T07:14:00Z"));
		assertThat(planner.planDue()).isEmpty();
		clock.set(Instant.parse("2025-01-27T07:15:00Z"));
		assertThat(planner.planDue()).isPresent();
	}

	@Test
	void eachSubscriberIsPlannedAtTheirOwnZonesTime() {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.subscriber(1, "Robots");
		fixtures.subscriber(2, "Robots");
		fixtures.zone(2, "America/New_York");

		clock.set(Instant.parse("2025-01-27T06:30:00Z"));
		planner.planDue();
		assertThat(fixtures.plannedTexts(2)).isEmpty();
		clock.set(Instant.parse("2025-01-27T12:30:00Z"));
		planner.planDue();
		assertThat(fixtures.plannedTexts(2)).containsExactly("Robots lopen");
	}

	@Test
	void theThreadsOfAForumInTwoZonesDueTogetherArePlannedInOnePushEachOnce() {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"), item("DeepSeek", "AI"));
		fixtures.threadSubscriber(new Place(-300, 5), "Robots");
		fixtures.threadSubscriber(new Place(-300, 6), "Robots", "AI");
		fixtures.subscriber(-299, "AI");
		jdbc.sql("update subscriber set time_zone = 'Europe/London' where chat_id = -300 and thread_id = 6").update();

		clock.set(Instant.parse("2025-01-27T07:30:00Z"));

		assertThat(planner.planDue()).map(PushPlanned::planned).contains(4);
		assertThat(jdbc.sql("select thread_id, count(*) from delivery where chat_id = -300 group by thread_id"
				+ " order by thread_id").query((rs, n) -> rs.getLong(1) + ":" + rs.getInt(2)).list())
			.containsExactly("5:1", "6:2");
		assertThat(jdbc.sql("select count(distinct push_id) from delivery").query(Integer.class).single()).isOne();
		assertThat(planner.planDue()).isEmpty();
	}

	@Test
	void twoPlannerRunsCreateOneDelivery() {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.subscriber(1, "Robots");
		clock.set(Instant.parse("2025-01-27T06:31:00Z"));

		planner.planDue();
		planner.planDue();
		planner.planAll();

		assertThat(fixtures.totalDeliveries()).isEqualTo(1);
	}

	@Test
	void anItemInTwoFollowedTopicsIsPlannedOnce() {
		fixtures.issue(MONDAY, item("BYD bouwt robotauto's met AI", "AI", "EV-nieuws"), item("Alleen AI", "AI"));
		fixtures.subscriber(1, "AI", "EV-nieuws");
		clock.set(Instant.parse("2025-01-27T06:30:00Z"));

		assertThat(planner.planDue()).map(PushPlanned::planned).contains(2);
		assertThat(fixtures.plannedTexts(1)).containsExactly("BYD bouwt robotauto's met AI", "Alleen AI");
	}

	@Test
	void pausedAndInactiveSubscribersGetNothing() {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.subscriber(1, "Robots");
		fixtures.subscriber(2, "Robots");
		fixtures.paused(1);
		fixtures.inactive(2);
		clock.set(Instant.parse("2025-01-27T06:30:00Z"));

		assertThat(planner.planDue()).isEmpty();
		planner.planAll();
		assertThat(fixtures.totalDeliveries()).isZero();
	}

	@Test
	void aBotThatWasDownAtPushTimeCatchesUpLaterTheSameDay() {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.subscriber(1, "Robots");

		clock.set(Instant.parse("2025-01-27T15:42:00Z"));

		assertThat(planner.planDue()).map(PushPlanned::planned).contains(1);
	}

	@Test
	void aSubscriberPlannedTodayWaitsForTomorrowsPushTime() {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.subscriber(1, "Robots");
		clock.set(Instant.parse("2025-01-27T06:30:00Z"));
		planner.planDue();
		fixtures.issue(MONDAY.plusDays(1), item("Robots rennen", "Robots"));

		clock.set(Instant.parse("2025-01-27T20:00:00Z"));
		assertThat(planner.planDue()).isEmpty();
		clock.set(Instant.parse("2025-01-28T06:29:00Z"));
		assertThat(planner.planDue()).isEmpty();
		clock.advance(Duration.ofMinutes(1));
		assertThat(planner.planDue()).map(PushPlanned::planned).contains(1);
		assertThat(fixtures.plannedTexts(1)).containsExactly("Robots lopen", "Robots rennen");
	}

	@Test
	void theFirstPushBringsTheCurrentIssueAndNotOlderOnes() {
		fixtures.issue(MONDAY.minusDays(7), item("Oude robots", "Robots"));
		fixtures.issue(MONDAY, item("Nieuwe robots", "Robots"));
		fixtures.subscriber(1, "Robots");
		clock.set(Instant.parse("2025-01-27T06:30:00Z"));

		planner.planDue();

		assertThat(fixtures.plannedTexts(1)).containsExactly("Nieuwe robots");
	}

	@Test
	void aTopicFollowedLaterBringsItsItemsFromTheCurrentIssueOnNotItsPast() {
		for (int week = 0; week < 3; week++) {
			LocalDate monday = MONDAY.plusWeeks(week);
			clock.set(brussels(monday, "06:00"));
			fixtures.issue(monday, item("AI week " + week, "AI"), item("Robots week " + week, "Robots"));
			if (week == 0) {
				fixtures.follows(1, "AI");
			}
			clock.set(brussels(monday, "07:30"));
			planner.planDue();
		}
		LocalDate current = MONDAY.plusWeeks(3);
		clock.set(brussels(current, "06:00"));
		fixtures.issue(current, item("AI nu", "AI"), item("Robots nu", "Robots"));
		fixtures.follows(1, "Robots");

		clock.set(brussels(current, "07:30"));

		assertThat(planner.planDue()).map(PushPlanned::planned).contains(2);
		assertThat(fixtures.plannedTexts(1)).containsExactly("AI week 0", "AI week 1", "AI week 2", "AI nu",
				"Robots nu");
	}

	@Test
	void aTopicDroppedAndFollowedAgainBringsBackNothingDelivered() {
		fixtures.issue(MONDAY, item("AI maandag", "AI"), item("Robots maandag", "Robots"));
		fixtures.follows(1, "AI", "Robots");
		clock.set(brussels(MONDAY, "07:30"));
		planner.planDue();
		clock.set(brussels(MONDAY, "12:00"));
		fixtures.unfollows(1, "Robots");
		fixtures.follows(1, "Robots");
		fixtures.issue(MONDAY.plusDays(1), item("Robots dinsdag", "Robots"));

		clock.set(brussels(MONDAY.plusDays(1), "07:30"));

		assertThat(planner.planDue()).map(PushPlanned::planned).contains(1);
		assertThat(fixtures.plannedTexts(1)).containsExactly("AI maandag", "Robots maandag", "Robots dinsdag");
	}

	@Test
	void aReaderWhoResumesAfterMissingIssuesGetsOnlyTheCurrentIssueAtTheNextPush() {
		fixtures.issue(MONDAY, item("AI maandag", "AI"));
		fixtures.follows(1, "AI");
		clock.set(brussels(MONDAY, "07:30"));
		planner.planDue();
		fixtures.paused(1);
		for (int day = 1; day <= 4; day++) {
			clock.set(brussels(MONDAY.plusDays(day), "06:00"));
			fixtures.issue(MONDAY.plusDays(day), item("AI dag " + day, "AI"), item("Robots dag " + day, "Robots"));
			clock.set(brussels(MONDAY.plusDays(day), "07:30"));
			assertThat(planner.planDue()).isEmpty();
		}
		clock.set(brussels(MONDAY.plusDays(4), "12:00"));
		fixtures.resume(1);
		clock.set(brussels(MONDAY.plusDays(4), "12:01"));
		assertThat(planner.planDue()).as("nothing until the push time").isEmpty();

		clock.set(brussels(MONDAY.plusDays(5), "07:30"));

		assertThat(planner.planDue()).map(PushPlanned::planned).contains(1);
		assertThat(fixtures.plannedTexts(1)).containsExactly("AI maandag", "AI dag 4");
	}

	@Test
	void aReaderWhoSubscribesInTheEveningGetsTheFirstPushAtTheirPushTimeNextMorning() {
		fixtures.issue(MONDAY.minusDays(7), item("Oude robots", "Robots"));
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"), item("Alleen AI", "AI"));
		clock.set(brussels(MONDAY, "20:00").plusSeconds(10));
		fixtures.follows(1, "Robots");
		fixtures.opens(2);
		clock.set(brussels(MONDAY, "20:01"));
		planner.planDue();
		fixtures.follows(2, "Robots");

		for (String time : List.of("20:02", "21:30", "23:59")) {
			clock.set(brussels(MONDAY, time));
			assertThat(planner.planDue()).as("at %s", time).isEmpty();
		}
		clock.set(brussels(MONDAY.plusDays(1), "07:29"));
		assertThat(planner.planDue()).isEmpty();
		clock.set(brussels(MONDAY.plusDays(1), "07:30"));

		assertThat(planner.planDue()).map(PushPlanned::planned).contains(2);
		assertThat(fixtures.plannedTexts(1)).containsExactly("Robots lopen");
		assertThat(fixtures.plannedTexts(2)).containsExactly("Robots lopen");
	}

	@Test
	void aPushTimeMovedToOneThatAlreadyCameTodayComesTomorrowAtThatTime() {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.follows(1, "Robots");
		fixtures.movesPushTime(1, "21:00");
		clock.set(brussels(MONDAY, "20:00"));

		fixtures.movesPushTime(1, "07:00");

		clock.set(brussels(MONDAY, "20:01"));
		assertThat(planner.planDue()).isEmpty();
		clock.set(brussels(MONDAY.plusDays(1), "07:00"));
		assertThat(planner.planDue()).map(PushPlanned::planned).contains(1);
	}

	@Test
	void plansAPushLargerThanOneSliceCompletely(@Autowired JdbcClient jdbc) {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"), item("DeepSeek", "AI"));
		for (long chat = 1; chat <= 4_500; chat++) {
			jdbc.sql("""
					insert into subscriber (chat_id, kind, user_id, language, push_time, time_zone, format, paused, active,
					from_issue_date, created_at) values (?, 'PRIVATE', ?, 'nl', '07:30', ?, 'DIGEST', false, true, ?, ?)""")
				.params(chat, chat, (chat % 2 == 0) ? "Europe/Brussels" : "Europe/Amsterdam", MONDAY,
						Outbox.utc(clock.instant()))
				.update();
			jdbc.sql("insert into subscription (chat_id, topic) values (?, 'Robots')").param(chat).update();
		}
		clock.set(Instant.parse("2025-01-27T06:30:00Z"));

		assertThat(planner.planDue()).map(PushPlanned::planned).contains(4_500);
		assertThat(fixtures.totalDeliveries()).isEqualTo(4_500);
		assertThat(planner.planDue()).isEmpty();
	}

	@Test
	void aPushNowPlansEveryoneWhateverTheirTime() {
		fixtures.issue(MONDAY, item("Robots lopen", "Robots"));
		fixtures.subscriber(1, "Robots");
		fixtures.subscriber(2, "Robots");
		fixtures.pushTime(2, "21:00");
		fixtures.subscriber(3);

		PushPlanned planned = planner.planAll();

		assertThat(planned.planned()).isEqualTo(2);
		assertThat(fixtures.plannedTexts(2)).containsExactly("Robots lopen");
	}

	private static Instant brussels(LocalDate date, String time) {
		return date.atTime(LocalTime.parse(time)).atZone(BRUSSELS).toInstant();
	}

}
