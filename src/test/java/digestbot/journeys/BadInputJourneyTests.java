package digestbot.journeys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import digestbot.fakebotapi.SentMessage;
import digestbot.telegram.AllAnswered;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a user or a modified client sends gets a clear answer, and nobody else's data changes. */
class BadInputJourneyTests extends BotJourney {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void unknownCommandsAndPlainTextPointAtHelp() {
		ChatUser mark = newUser();

		assertThat(mark.says("/frobnicate now").plainText()).contains("/frobnicate", "/help");
		assertThat(mark.says("/").plainText()).contains("/help");
		assertThat(mark.says("hallo bot").plainText()).contains("/help");
		assertThat(mark.says("/source abc").plainText()).contains("„abc” is geen berichtnummer");
		assertThat(mark.says("/issue 2025-13-45").plainText()).contains("geen datum");
		assertThat(mark.says("/subscribe quantumfysica").plainText()).contains("„quantumfysica”", "/sections");
	}

	@Test
	void anyTextUpToTelegramsLimitIsAnsweredAndEchoedSafely() {
		ChatUser nina = newUser();
		String huge = "/search " + "𝕏<b>&\u202e日本".repeat(580);

		assertThat(nina.says(huge).plainText()).startsWith("Niets gevonden voor");
		assertThat(nina.says("\u0000\u200b🙂".repeat(1000)).plainText()).contains("/help");
	}

	@Test
	void forgedAndStaleButtonsChangeNothing() {
		ChatUser owner = newUser();
		ChatUser other = newUser();
		SentMessage sections = owner.says("/sections");
		String data = ChatUser.buttonData(sections, "AI");

		int before = TELEGRAM.callbackAnswers().size();
		other.pressWithData(sections, data);
		owner.pressWithData(sections, "t:" + owner.id() + ":NoSuchTopic");
		owner.pressWithData(sections, "garbage");
		owner.pressWithData(sections, "x".repeat(64));

		List<String> answers = TELEGRAM.awaitCallbackAnswers(before + 4, WAIT)
			.subList(before, before + 4)
			.stream()
			.map(answer -> String.valueOf(answer.text()))
			.toList();
		assertThat(answers).filteredOn(text -> text.contains("iemand anders")).hasSize(1);
		assertThat(answers).filteredOn(text -> text.contains("werkt niet meer")).hasSize(3);
		assertThat(topics(owner.chatId())).isZero();
		assertThat(topics(other.chatId())).isZero();
	}

	@Test
	void aFloodOfCommandsGetsOneNoticeAndIsThenIgnored() {
		ChatUser olaf = newUser();
		for (int i = 0; i < 20; i++) {
			olaf.says("/whoami");
		}

		assertThat(olaf.says("/whoami").plainText()).contains("Rustig aan");
		int help = olaf.sends("/help");
		int again = olaf.sends("/help");
		AllAnswered.awaitIncluding(context, help, again);
		assertThat(TELEGRAM.sentMessages(olaf.chatId())).hasSize(21);
	}

	@Test
	void aFloodSentAllAtOnceIsCountedLikeOneSentInTurn() {
		ChatUser flooder = newUser();
		List<Integer> updates = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			updates.add(flooder.sends("/whoami"));
		}

		AllAnswered.awaitIncluding(context, updates.stream().mapToInt(Integer::intValue).toArray());
		List<String> answers = TELEGRAM.sentMessages(flooder.chatId())
			.stream()
			.map(answer -> String.valueOf(answer.text()))
			.toList();
		assertThat(answers).hasSize(21);
		assertThat(answers).filteredOn(text -> text.contains("Rustig aan")).hasSize(1);
		assertThat(answers.get(20)).contains("Rustig aan");
	}

	private long topics(long chatId) {
		return jdbc.sql("select count(*) from subscription where chat_id = ?").param(chatId).query(Long.class).single();
	}

}
