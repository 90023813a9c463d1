package digestbot.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Choosing topics: /start with a deep link, /sections and its buttons, /subscribe and /unsubscribe. */
class TopicCommandsIntegrationTests extends CommandGroupTest {

	@Autowired
	TopicCommands topics;

	@Override
	List<ChatCommands> groups() {
		return List.of(topics);
	}

	@Test
	void subscribesToTheTopicTheUserMeans() {
		TestChat chat = newChat();

		assertThat(plain(chat.says("/subscribe robotica"))).startsWith("Je volgt nu Robots.");
		assertThat(plain(chat.says("/subscribe Robots"))).isEqualTo("Je volgde Robots al.");
		assertThat(chat.subscriber().topics()).containsExactly("Robots");
	}

	@Test
	void suggestsTheNearestTopicAndShowsTheChoices() {
		TestChat chat = newChat();

		List<Outgoing> answer = chat.says("/subscribe wetenschp");

		assertThat(plain(answer)).startsWith("Een rubriek „wetenschp” ken ik niet. Bedoel je Wetenschap?");
		assertThat(keyboard(answer).buttons()).extracting(Keyboard.Button::label).contains("▫️ Wetenschap", "alles");
		assertThat(chat.subscriber().topics()).isEmpty();
	}

	@Test
	void unsubscribesFromOneTopicOrFromAll() {
		TestChat chat = newChat();
		chat.says("/subscribe alles");

		assertThat(plain(chat.says("/unsubscribe ai"))).isEqualTo("Je volgt AI niet meer.");
		assertThat(chat.subscriber().topics()).contains("Robots").doesNotContain("AI");
		assertThat(plain(chat.says("/unsubscribe niets"))).startsWith("Je volgt geen rubrieken meer");
		assertThat(chat.subscriber().topics()).isEmpty();
	}

	@Test
	void aTopicButtonTogglesTheTopicAndRedrawsTheList() {
		TestChat chat = newChat();
		Keyboard sections = keyboard(chat.says("/sections"));

		List<Outgoing> on = chat.presses(button(sections, "Robots"));

		assertThat(on.get(0)).isInstanceOfSatisfying(Outgoing.Edit.class,
				edit -> assertThat(edit.html()).contains("✅ Robots", "▫️ AI"));
		assertThat(buttonAnswers(on)).containsExactly("");
		assertThat(chat.subscriber().topics()).containsExactly("Robots");
		chat.presses(button(keyboard(on), "Robots"));
		assertThat(chat.subscriber().topics()).isEmpty();
	}

	@Test
	void theAllAndNoneButtonsSetEveryTopic() {
		TestChat chat = newChat();
		Keyboard sections = keyboard(chat.says("/sections"));

		chat.presses(button(sections, "alles"));
		assertThat(chat.subscriber().topics()).hasSize(sections.buttons().size() - 2);
		chat.presses(button(sections, "niets"));
		assertThat(chat.subscriber().topics()).isEmpty();
	}

	@Test
	void topicButtonsWorkOnlyForTheUserTheyWereMadeFor() {
		TestChat chat = newChat();
		Keyboard sections = keyboard(chat.says("/sections"));

		List<Outgoing> answer = chat.otherUser(false).presses(button(sections, "Robots"));

		assertThat(buttonAnswers(answer)).containsExactly("Deze knoppen horen bij iemand anders. Typ zelf /sections.");
		assertThat(chat.subscriber().topics()).isEmpty();
	}

	@Test
	void aTopicButtonOfAnUnknownTopicHasExpired() {
		TestChat chat = newChat();

		List<Outgoing> answer = chat.presses(TopicCommands.TOPIC_BUTTON + ":" + chat.userId + ":Astrologie");

		assertThat(buttonAnswers(answer)).containsExactly("Deze knop werkt niet meer. Typ /sections voor een nieuwe lijst.");
	}

	@Test
	void aDeepLinkWelcomesAndSubscribesToItsTopic() {
		TestChat chat = newChat();

		String answer = plain(chat.says("/start Handel_diplomatie"));

		assertThat(answer).startsWith("Hallo Anna! Ik ben Digestbot.").endsWith("Je volgt nu Handel & diplomatie.");
		assertThat(chat.subscriber().topics()).containsExactly("Handel & diplomatie");
	}

	@Test
	void aWelcomeWithoutDeepLinkSubscribesToNothing() {
		TestChat chat = newChat("en", false);

		assertThat(plain(chat.says("/start"))).startsWith("Hi Anna!");
		assertThat(chat.subscriber().topics()).isEmpty();
	}

}
