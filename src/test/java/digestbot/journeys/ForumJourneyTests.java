package digestbot.journeys;

import java.time.Duration;
import java.util.List;

import digestbot.delivery.PushReports;
import digestbot.fakebotapi.SentMessage;
import digestbot.subscription.Place;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A forum supergroup, one thread per subject: each thread follows topics of its own, set with
 * the same commands and buttons as a reader's, answered in that thread, and gets only its own
 * items pushed into it, each once. A thread that was closed stops getting pushes; the others go on.
 */
class ForumJourneyTests extends BotJourney {

	@Autowired
	SubscriberStore subscribers;

	@Autowired
	PushReports pushes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoThreadsOfAForumFollowTheirOwnTopicsAndEachGetsOnlyItsItems() {
		long forum = -1_004_200_010L;
		ChatUser inRobots = newUser().inForumThread(forum, 11);
		TELEGRAM.chat(forum).administrators(inRobots.id());
		ChatUser inEv = inRobots.inThread(12);

		SentMessage sections = inRobots.says("/sections");
		inRobots.press(sections, "Robots");
		TELEGRAM.awaitEdits(forum, 1, WAIT);
		assertThat(inEv.says("/subscribe ev").plainText()).contains("Je volgt nu EV-nieuws");

		assertThat(sections.threadId()).as("answered in its thread").isEqualTo(11);
		assertThat(topics(new Place(forum, 11))).containsExactly("Robots");
		assertThat(topics(new Place(forum, 12))).containsExactly("EV-nieuws");
		assertThat(topics(Place.chat(forum))).as("the forum's General topic").isEmpty();

		int robotsBefore = TELEGRAM.sentMessages(forum, 11).size();
		int evBefore = TELEGRAM.sentMessages(forum, 12).size();
		pushNowAndWait();

		List<SentMessage> robotsPush = since(forum, 11, robotsBefore);
		List<SentMessage> evPush = since(forum, 12, evBefore);
		assertThat(robotsPush).isNotEmpty()
			.allSatisfy(message -> assertThat(message.text()).doesNotContain("<b>EV-nieuws</b>", "Li Auto"));
		assertThat(robotsPush.get(0).text()).contains("<b>Robots</b>", "halve marathon");
		assertThat(evPush).isNotEmpty()
			.allSatisfy(message -> assertThat(message.text()).doesNotContain("<b>Robots</b>", "halve marathon"));
		assertThat(evPush.get(0).text()).contains("<b>EV-nieuws</b>", "Li Auto");
		assertThat(TELEGRAM.sentMessages(forum, 0)).as("nothing outside the threads").isEmpty();
		for (long thread : List.of(11L, 12L)) {
			assertThat(jdbc.sql("select count(*) - count(distinct item_id) from delivery where chat_id = ? and thread_id = ?")
				.params(forum, thread)
				.query(Long.class)
				.single()).as("each item once in thread %d", thread).isZero();
		}
	}

	@Test
	void aClosedThreadStopsGettingPushesAndTheOthersGoOn() {
		long forum = -1_004_200_020L;
		ChatUser inLogistics = newUser().inForumThread(forum, 21);
		TELEGRAM.chat(forum).administrators(inLogistics.id());
		ChatUser inScience = inLogistics.inThread(22);
		inLogistics.says("/subscribe logistiek");
		inScience.says("/subscribe wetenschap");
		TELEGRAM.chat(forum).closeThread(21);
		int logisticsBefore = TELEGRAM.sentMessages(forum, 21).size();
		int scienceBefore = TELEGRAM.sentMessages(forum, 22).size();

		pushNowAndWait();

		await().atMost(WAIT).until(() -> !subscribers.find(new Place(forum, 21)).orElseThrow().active());
		assertThat(subscribers.find(new Place(forum, 22)).orElseThrow().active()).isTrue();
		assertThat(since(forum, 22, scienceBefore)).first()
			.satisfies(message -> assertThat(message.plainText()).startsWith("Goedemorgen"));
		assertThat(since(forum, 21, logisticsBefore)).isEmpty();
	}

	private void pushNowAndWait() {
		new ChatUser(TELEGRAM, TELEGRAM.user(ADMIN)).says("/pushnow");
		await().atMost(Duration.ofSeconds(60)).until(() -> pushes.lastReports(1).get(0).isDone());
	}

	/** The messages the thread got after the first {@code before}. */
	private static List<SentMessage> since(long forum, long thread, int before) {
		List<SentMessage> all = TELEGRAM.sentMessages(forum, thread);
		return all.subList(before, all.size());
	}

	private List<String> topics(Place place) {
		return subscribers.find(place).map(Subscriber::topics).map(List::copyOf).orElse(List.of());
	}

}
