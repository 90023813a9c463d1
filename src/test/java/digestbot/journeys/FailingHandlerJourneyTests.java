package digestbot.journeys;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A handler that fails answers with an apology, and the bot goes on serving everyone. */
class FailingHandlerJourneyTests extends BotJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailingHandlerApologisesAndPollingGoesOn() {
		ChatUser broken = newUser();
		jdbc.sql("""
				insert into subscriber (chat_id, kind, user_id, language, push_time, time_zone, format, paused, active,
				created_at) values (?, 'PRIVATE', ?, 'nl', '07:30', 'Mars/Olympus_Mons', 'DIGEST', false, true, ?)""")
			.params(broken.chatId(), broken.id(), OffsetDateTime.now())
			.update();

		assertThat(broken.says("/mine").plainText()).contains("Sorry, er ging iets mis");

		assertThat(newUser().says("/help").plainText()).contains("Wat ik kan");
		assertThat(broken.says("/mine").plainText()).contains("Sorry");
	}

}
