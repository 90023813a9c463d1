package digestbot.telegram;

import java.net.URI;
import java.time.Duration;

import digestbot.delivery.SendOutcome;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.Failure;
import digestbot.fakebotapi.LoopbackOnlyDns;
import org.junit.jupiter.api.AfterAll;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Telegram's answers, as the push reads them, through the real client and the fake Bot API. */
class TelegramMessengerTests {

	static final FakeBotApi TELEGRAM = FakeBotApi.start();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final TelegramMessenger messenger = new TelegramMessenger(new TelegramSender(new CallingThreadTelegramClient(
			LoopbackOnlyDns.okHttpClient(), TELEGRAM.token(), TelegramUrls.of(URI.create(TELEGRAM.baseUrl())))), meters);

	@AfterAll
	static void stop() {
		TELEGRAM.close();
	}

	@Test
	void aSentMessageCarriesTelegramsId() {
		SendOutcome outcome = messenger.send(11, 0, "<b>Goedemorgen</b> &amp; welkom");

		assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
		assertThat(TELEGRAM.sentMessages(11)).singleElement().satisfies(message -> {
			assertThat(message.isHtml()).isTrue();
			assertThat(message.linkPreviewDisabled()).isTrue();
			assertThat(((SendOutcome.Sent) outcome).messageId()).isEqualTo(message.messageId());
		});
	}

	@Test
	void tooManyRequestsNamesTheWait() {
		TELEGRAM.faults().failNext("sendMessage", Failure.tooManyRequests(2));

		assertThat(messenger.send(12, 0, "x")).isEqualTo(new SendOutcome.RateLimited(Duration.ofSeconds(2)));
		assertThat(meters.counter("digestbot.push.rate.limit.wait.seconds").count()).isEqualTo(2);
		assertThat(meters.counter("digestbot.push.messages", "outcome", "RateLimited").count()).isEqualTo(1);
	}

	@Test
	void aGroupThatBecameASupergroupNamesItsNewId() {
		TELEGRAM.chat(-16).migrateTo(-1_000_000_000_016L);

		assertThat(messenger.send(-16, 0, "x")).isEqualTo(new SendOutcome.Moved(-1_000_000_000_016L));
		assertThat(messenger.send(-1_000_000_000_016L, 0, "x")).isInstanceOf(SendOutcome.Sent.class);
	}

	@Test
	void postsIntoAForumThreadAndFindsAClosedOrDeletedThreadGone() {
		TELEGRAM.chat(-17).closeThread(3).deleteThread(4);

		assertThat(messenger.send(-17, 2, "x")).isInstanceOf(SendOutcome.Sent.class);
		assertThat(TELEGRAM.sentMessages(-17, 2)).hasSize(1);
		assertThat(messenger.send(-17, 3, "x")).isEqualTo(new SendOutcome.ChatGone("400 Bad Request: TOPIC_CLOSED"));
		assertThat(messenger.send(-17, 4, "x")).isInstanceOf(SendOutcome.ChatGone.class);
		assertThat(messenger.send(-17, 0, "x")).as("the rest of the forum").isInstanceOf(SendOutcome.Sent.class);
	}

	@Test
	void aBlockedOrMissingChatIsGone() {
		TELEGRAM.faults().blockChat(13).chatNotFound(14).deactivateUser(15);

		assertThat(messenger.send(13, 0, "x")).isInstanceOf(SendOutcome.ChatGone.class);
		assertThat(messenger.send(14, 0, "x")).isInstanceOf(SendOutcome.ChatGone.class);
		assertThat(messenger.send(15, 0, "x")).isInstanceOf(SendOutcome.ChatGone.class);
	}

	@Test
	void refusedMarkupIsToldApartAndPlainTextGoesThrough() {
		assertThat(messenger.send(16, 0, "<blink>x</blink>")).isInstanceOf(SendOutcome.BadMarkup.class);
		assertThat(messenger.sendPlain(16, 0, "<blink>x</blink>")).isInstanceOf(SendOutcome.Sent.class);
	}

	@Test
	void serverErrorsAreWorthRetryingAndOtherRefusalsAreNot() {
		TELEGRAM.faults().failNext("sendMessage", Failure.internalServerError());
		assertThat(messenger.send(17, 0, "x")).isInstanceOfSatisfying(SendOutcome.Failed.class,
				failed -> assertThat(failed.retriable()).isTrue());

		TELEGRAM.faults().failNext("sendMessage", Failure.badRequest("Bad Request: message text is empty"));
		assertThat(messenger.send(17, 0, "x")).isInstanceOfSatisfying(SendOutcome.Failed.class,
				failed -> assertThat(failed.retriable()).isFalse());
	}

	@Test
	void noAnswerAtAllIsWorthRetrying() {
		TELEGRAM.faults().failNext("sendMessage", Failure.badGateway());

		assertThat(messenger.send(18, 0, "x")).isInstanceOfSatisfying(SendOutcome.Failed.class,
				failed -> assertThat(failed.retriable()).isTrue());
	}

	@Test
	void anEditReplacesTheTextAndTheSameTextAgainIsUnchanged() {
		long id = ((SendOutcome.Sent) messenger.send(19, 0, "oud")).messageId();

		assertThat(messenger.edit(19, id, "<b>nieuw</b>")).isEqualTo(new SendOutcome.Sent(id));
		assertThat(messenger.edit(19, id, "<b>nieuw</b>")).isEqualTo(new SendOutcome.Unchanged());
		assertThat(TELEGRAM.edits(19)).singleElement().satisfies(edit -> assertThat(edit.text()).isEqualTo("<b>nieuw</b>"));
	}

	@Test
	void anEditOfADeletedOrFrozenMessageIsNotEditableAndNotWorthRetrying() {
		long deleted = ((SendOutcome.Sent) messenger.send(20, 0, "a")).messageId();
		long frozen = ((SendOutcome.Sent) messenger.send(20, 0, "b")).messageId();
		TELEGRAM.deleteMessage(20, (int) deleted);
		TELEGRAM.freezeMessage(20, (int) frozen);

		assertThat(messenger.edit(20, deleted, "x")).isInstanceOfSatisfying(SendOutcome.NotEditable.class,
				refused -> assertThat(refused.deleted()).isTrue());
		assertThat(messenger.edit(20, frozen, "x"))
			.isEqualTo(new SendOutcome.NotEditable("400 Bad Request: message can't be edited", false));
		assertThat(TELEGRAM.edits(20)).isEmpty();
	}

	@Test
	void anEditIsCheckedAsAMessageIs() {
		long id = ((SendOutcome.Sent) messenger.send(21, 0, "a")).messageId();

		assertThat(messenger.edit(21, id, "<blink>x</blink>")).isInstanceOf(SendOutcome.BadMarkup.class);
		assertThat(messenger.edit(21, id, "x".repeat(4097))).isInstanceOfSatisfying(SendOutcome.Failed.class,
				failed -> assertThat(failed.retriable()).isFalse());
		assertThat(meters.counter("digestbot.correction.edits", "outcome", "BadMarkup").count()).isEqualTo(1);
	}

}
