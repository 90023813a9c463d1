package digestbot.journeys;

import java.time.Duration;
import java.util.List;

import digestbot.fakebotapi.Failure;
import digestbot.fakebotapi.SentMessage;
import digestbot.subscription.Place;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Telegram refuses a reply for a while: the reader still gets it, once. */
class RefusedRepliesJourneyTests extends BotJourney {

	@Autowired
	SubscriberStore subscribers;

	@AfterEach
	void clearFaults() {
		TELEGRAM.faults().clear();
	}

	@Test
	void aReplyRefusedWithTooManyRequestsArrivesAfterTheWait() {
		ChatUser dirk = newUser();
		TELEGRAM.faults().failNext("sendMessage", Failure.tooManyRequests(1));
		long asked = System.nanoTime();

		SentMessage reply = dirk.says("/help");

		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(reply.plainText()).contains("/latest");
		assertThat(TELEGRAM.sentMessages(dirk.chatId())).hasSize(1);
	}

	@Test
	void aReplyRefusedWithBadGatewayTwiceArrivesOnTheThirdTry() {
		ChatUser eva = newUser();
		long callsBefore = TELEGRAM.counters().calls("sendMessage");
		TELEGRAM.faults().failNext("sendMessage", 2, Failure.badGateway());

		SentMessage reply = eva.says("/help");

		assertThat(reply.plainText()).contains("/latest");
		assertThat(TELEGRAM.counters().calls("sendMessage") - callsBefore).isEqualTo(3);
		assertThat(TELEGRAM.sentMessages(eva.chatId())).hasSize(1);
	}

	@Test
	void aReaderWhoBlockedTheBotIsNoLongerActive() {
		ChatUser gert = newUser();
		gert.says("/subscribe AI");
		TELEGRAM.faults().blockChat(gert.chatId());

		TELEGRAM.sendText(gert.chatId(), gert.id(), "/latest");

		await().atMost(WAIT).until(() -> subscribers.find(Place.chat(gert.chatId())).map(Subscriber::active).orElse(true) == false);

		List<SentMessage> sent = TELEGRAM.sentMessages(gert.chatId());
		assertThat(sent).hasSize(1);
	}

}
