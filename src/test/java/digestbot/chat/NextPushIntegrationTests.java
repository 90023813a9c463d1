package digestbot.chat;

import java.time.Instant;
import java.util.List;

import digestbot.delivery.MutableClock;
import digestbot.text.Html;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/** The bot tells a reader when their next push comes: at the welcome, the first topic, /time and /resume. */
@SpringBootTest(properties = "digestbot.push.enabled=false")
@Import(NextPushIntegrationTests.Clocks.class)
class NextPushIntegrationTests {

	/** 20:00 in Brussels, after the default push time of 07:30. */
	private static final Instant EVENING = Instant.parse("2025-02-03T19:00:00Z");

	/** 06:00 in Brussels, before it. */
	private static final Instant MORNING = Instant.parse("2025-02-04T05:00:00Z");

	private static long nextChat = 2_000;

	@Autowired
	ChatService chat;

	@Autowired
	MutableClock clock;

	private long dutch;

	private long english;

	@BeforeEach
	void newChats() {
		dutch = ++nextChat;
		english = ++nextChat;
		clock.set(EVENING);
	}

	@Test
	void theWelcomeInTheEveningSaysTheFirstPushComesTomorrowMorning() {
		assertThat(say("nl", "/start")).contains("Hallo Anna", "Het eerste komt morgen om 07:30.",
				"Het huidige nummer lees je nu al met /latest.");
		assertThat(say("en", "/start")).contains("The first one comes tomorrow at 07:30.",
				"/latest shows the current issue right now.");
	}

	@Test
	void theWelcomeBeforeThePushTimeSaysTheFirstPushComesToday() {
		clock.set(MORNING);

		assertThat(say("nl", "/start")).contains("Het eerste komt vandaag om 07:30.");
		assertThat(say("en", "/start robots")).contains("The first one comes today at 07:30.",
				"You're now following Robots.");
	}

	@Test
	void theFirstTopicSaysWhenTheFirstPushComesAndLaterTopicsDoNot() {
		assertThat(say("nl", "/subscribe ai")).isEqualTo(
				"Je volgt nu AI.\n\nJe eerste ochtendbericht komt morgen om 07:30. Het huidige nummer lees je nu al met /latest.");
		assertThat(say("nl", "/subscribe robots")).isEqualTo("Je volgt nu Robots.");
	}

	@Test
	void aNewPushTimeSaysWhenTheNextPushComes() {
		assertThat(say("nl", "/time 21:00")).contains("voortaan om 21:00. Het volgende komt vandaag om 21:00.");
		assertThat(say("en", "/time 6:45")).contains("at 06:45. The next one comes tomorrow at 06:45.");
	}

	@Test
	void resumingSaysWhenTheNextPushComes() {
		say("nl", "/subscribe ai");
		say("nl", "/pause");
		assertThat(say("nl", "/time 07:30")).contains("Het volgende komt zodra je /resume typt.");

		assertThat(say("nl", "/resume")).contains("Welkom terug! Het volgende ochtendbericht komt morgen om 07:30");
	}

	private String say(String language, String text) {
		long chatId = "en".equals(language) ? english : dutch;
		List<Outgoing> answer = chat.handle(new Incoming.Message(chatId, chatId, language, "Anna", false, text, null, null));
		return answer.stream()
			.filter(Outgoing.Send.class::isInstance)
			.map(send -> Html.toPlainText(((Outgoing.Send) send).html()))
			.reduce("", String::concat);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(EVENING);
		}

	}

}
