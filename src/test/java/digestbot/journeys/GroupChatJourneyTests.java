package digestbot.journeys;

import java.util.List;
import java.util.Set;

import digestbot.fakebotapi.SentMessage;
import digestbot.subscription.Place;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import digestbot.telegram.AllAnswered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bot in a group: commands to it are answered, other talk and other bots' commands are not;
 * the group's administrators set it up, everyone reads; added, it says hello; removed, it stops;
 * a group that became a supergroup keeps its settings and pushes under its new id.
 */
class GroupChatJourneyTests extends BotJourney {

	@Autowired
	SubscriberStore subscribers;

	@Autowired
	ApplicationContext context;

	@Test
	void answersCommandsAddressedToItAndIgnoresOthers() {
		ChatUser lies = newUser().inGroup(-100_500L);
		TELEGRAM.chat(-100_500L).administrators(lies.id());

		lies.saysAndGets("/latest@otherbot", 0);
		lies.saysAndGets("goedemorgen allemaal", 0);
		String answer = lies.says("/archive@" + TELEGRAM.botUsername()).plainText();

		assertThat(answer).contains("Archief", "/issue 2025-01-27");
		assertThat(lies.says("/subscribe robots").plainText()).contains("Je volgt nu Robots");
	}

	@Test
	void aMemberWhoIsNotAnAdministratorReadsButCannotChangeTheGroupsSettings() {
		long group = -4_100_010L;
		ChatUser admin = newUser().inGroup(group);
		TELEGRAM.chat(group).administrators(admin.id());
		ChatUser member = newUser().inGroup(group);

		assertThat(member.says("/subscribe AI").plainText()).startsWith("Alleen de beheerders van deze groep");
		assertThat(member.says("/time 06:00").plainText()).startsWith("Alleen de beheerders van deze groep");
		assertThat(member.says("/latest").plainText()).contains("27 januari 2025");
		SentMessage sections = member.says("/sections");
		int answersBefore = TELEGRAM.callbackAnswers().size();
		member.press(sections, "AI");

		assertThat(TELEGRAM.awaitCallbackAnswers(answersBefore + 1, WAIT).get(answersBefore).text())
			.startsWith("Alleen de beheerders van deze groep");
		assertThat(topics(group)).isEmpty();
		ChatUser adminAgain = new ChatUser(TELEGRAM, TELEGRAM.user(admin.id()).inGroup(group, "Groep"));
		assertThat(adminAgain.says("/subscribe AI").plainText()).contains("Je volgt nu AI");
		assertThat(topics(group)).containsExactly("AI");
	}

	@Test
	void addedToAGroupItSaysHelloAndHowToSetItUp() {
		ChatUser eva = newUser().inGroup(-4_100_020L);

		eva.addsBot();

		assertThat(eva.next(1).get(0).plainText()).startsWith("Hallo allemaal!").contains("/sections", "/latest");
	}

	@Test
	void removedFromAGroupItStopsPushingThere() {
		long group = -4_100_030L;
		ChatUser jan = newUser().inGroup(group);
		TELEGRAM.chat(group).administrators(jan.id());
		jan.says("/subscribe AI");

		AllAnswered.awaitIncluding(context, jan.removesBot());

		assertThat(subscribers.find(Place.chat(group)).map(Subscriber::active)).contains(false);
	}

	@Test
	void aGroupThatBecameASupergroupKeepsItsSettingsAndGetsItsPushesThere() {
		long group = -4_100_040L;
		long supergroup = -1_004_100_040L;
		ChatUser piet = newUser().inGroup(group);
		TELEGRAM.chat(group).administrators(piet.id());
		piet.says("/subscribe AI");
		TELEGRAM.chat(group).migrateTo(supergroup);

		new ChatUser(TELEGRAM, TELEGRAM.user(ADMIN)).says("/pushnow");

		List<SentMessage> pushed = TELEGRAM.awaitMessages(supergroup, 1, WAIT);
		assertThat(pushed.get(0).plainText()).startsWith("Goedemorgen!").contains("AI");
		await().atMost(WAIT).until(() -> subscribers.find(Place.chat(supergroup)).isPresent());
		assertThat(subscribers.find(Place.chat(supergroup)).orElseThrow().topics()).containsExactly("AI");
		assertThat(subscribers.find(Place.chat(group))).isEmpty();
		assertThat(TELEGRAM.sentMessages(group)).extracting(SentMessage::plainText)
			.noneMatch(text -> text.startsWith("Goedemorgen"));
	}

	private Set<String> topics(long group) {
		return subscribers.find(Place.chat(group)).map(Subscriber::topics).orElse(Set.of());
	}

}
