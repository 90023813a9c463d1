package digestbot.journeys;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A subscriber sets things up, then asks the bot to forget them. */
class LeavingJourneyTests extends BotJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void stopDeletesSubscriptionsAndSettings() {
		ChatUser hans = newUser();
		hans.says("/subscribe robots");
		hans.says("/time " + DISTANT_PUSH_TIME.plusMinutes(15));
		assertThat(rows("subscriber", hans.chatId())).isOne();
		assertThat(rows("subscription", hans.chatId())).isOne();

		assertThat(hans.says("/stop").plainText()).contains("afgemeld", "gewist");

		assertThat(rows("subscriber", hans.chatId())).isZero();
		assertThat(rows("subscription", hans.chatId())).isZero();
	}

	@Test
	void settingsAreKeptAndShown() {
		ChatUser ine = newUser();

		assertThat(ine.says("/time 8.15").plainText()).contains("08:15");
		assertThat(ine.says("/pause").plainText()).contains("Gepauzeerd");
		assertThat(ine.says("/mine").plainText()).contains("gepauzeerd");
		assertThat(ine.says("/resume").plainText()).contains("Welkom terug");
		assertThat(ine.says("/format items").plainText()).contains("items");
		assertThat(ine.says("/mine").plainText()).contains("om 08:15");
		assertThat(ine.says("/time 25:00").plainText()).contains("„25:00” is geen tijdstip");
	}

	private long rows(String table, long chatId) {
		return jdbc.sql("select count(*) from " + table + " where chat_id = ?").param(chatId).query(Long.class).single();
	}

}
