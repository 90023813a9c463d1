package digestbot.chat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import digestbot.DigestbotApplication;
import digestbot.storage.TestDatabase;
import digestbot.text.Html;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL database, each answering some of a
 * chat's commands, as behind a load balancer: a conversation goes on whichever instance takes
 * the next command, and the flood limit is the chat's, not each instance's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesChatIntegrationTests {

	private static final AtomicLong NEXT_CHAT = new AtomicLong(6_000);

	private ConfigurableApplicationContext firstApp;

	private ConfigurableApplicationContext secondApp;

	private ChatService first;

	private ChatService second;

	@BeforeAll
	void start() {
		TestDatabase database = TestDatabase.postgres();
		// One after the other: each imports the content folder at start.
		firstApp = start(database);
		secondApp = start(database);
		first = firstApp.getBean(ChatService.class);
		second = secondApp.getBean(ChatService.class);
	}

	@AfterAll
	void stop() {
		if (secondApp != null) {
			secondApp.close();
		}
		if (firstApp != null) {
			firstApp.close();
		}
	}

	@Test
	void moreAndSourceWorkOnTheInstanceThatDidNotShowTheItems() {
		long chat = NEXT_CHAT.incrementAndGet();
		Outgoing.Send latest = send(first.handle(message(chat, "/latest")));
		assertThat(plain(latest)).contains("1.", "2.").doesNotContain("Dat was alles");
		int nextNumber = lastNumber(plain(latest)) + 1;

		Outgoing.Send more = send(second.handle(press(chat, latest)));

		assertThat(plain(more)).startsWith(nextNumber + ". ");
		String sourceOnSecond = plain(send(second.handle(message(chat, "/source 2"))));
		assertThat(sourceOnSecond).startsWith("Bronnen van bericht 2");
		assertThat(plain(send(first.handle(message(chat, "/source 2"))))).isEqualTo(sourceOnSecond);
		// Without a number: the last item shown, by the other instance.
		assertThat(plain(send(first.handle(message(chat, "/source")))))
			.startsWith("Bronnen van bericht " + lastNumber(plain(more)));
	}

	@Test
	void moreTypedOnEitherInstanceGoesOnWhereTheOtherStopped() {
		long chat = NEXT_CHAT.incrementAndGet();
		int shown = lastNumber(plain(send(second.handle(message(chat, "/latest")))));

		String page = plain(send(first.handle(message(chat, "/more"))));
		assertThat(page).startsWith((shown + 1) + ". ");
		shown = lastNumber(page);
		for (int turn = 0; turn < 20 && !page.startsWith("Dat was alles"); turn++) {
			page = plain(send((turn % 2 == 0 ? second : first).handle(message(chat, "/more"))));
			if (!page.startsWith("Dat was alles")) {
				assertThat(page).startsWith((shown + 1) + ". ");
				shown = lastNumber(page);
			}
		}

		assertThat(page).isEqualTo("Dat was alles.");
	}

	@Test
	void aChatThatLeavesOnOneInstanceIsForgottenOnTheOther() {
		long chat = NEXT_CHAT.incrementAndGet();
		first.handle(message(chat, "/latest"));

		second.handle(message(chat, "/stop"));

		assertThat(plain(send(first.handle(message(chat, "/source 1"))))).startsWith("Vraag eerst een overzicht op");
	}

	@Test
	void theFloodLimitHoldsForBothInstancesTogether() {
		long chat = NEXT_CHAT.incrementAndGet();
		for (int i = 0; i < 20; i++) {
			ChatService instance = i % 2 == 0 ? first : second;
			assertThat(instance.handle(message(chat, "/whoami"))).as("command %d", i + 1).hasSize(1);
		}

		assertThat(plain(send(first.handle(message(chat, "/whoami"))))).startsWith("Rustig aan");
		assertThat(second.handle(message(chat, "/whoami"))).isEmpty();
		assertThat(first.handle(message(chat, "/help"))).isEmpty();
		assertThat(second.handle(message(NEXT_CHAT.incrementAndGet(), "/whoami"))).hasSize(1);
	}

	private static Incoming.Message message(long chat, String text) {
		return new Incoming.Message(chat, chat, "nl", text);
	}

	/** A press on the "More" button of a message. */
	private static Incoming.ButtonPress press(long chat, Outgoing.Send message) {
		String data = message.keyboard()
			.buttons()
			.stream()
			.filter(button -> button.label().equals("Meer"))
			.findFirst()
			.orElseThrow()
			.data();
		return new Incoming.ButtonPress(chat, chat, "nl", "press-" + chat, 1, data);
	}

	/** The one message of an answer. */
	private static Outgoing.Send send(List<Outgoing> answer) {
		List<Outgoing.Send> sent = answer.stream()
			.filter(Outgoing.Send.class::isInstance)
			.map(Outgoing.Send.class::cast)
			.toList();
		assertThat(sent).hasSize(1);
		return sent.get(0);
	}

	private static String plain(Outgoing.Send message) {
		return Html.toPlainText(message.html());
	}

	/** The number of the last item on a page. */
	private static int lastNumber(String page) {
		int last = 0;
		for (String line : page.split("\n")) {
			int dot = line.indexOf(". ");
			if (dot > 0 && line.substring(0, dot).matches("\\d{1,3}")) {
				last = Integer.parseInt(line.substring(0, dot));
			}
		}
		return last;
	}

	private static ConfigurableApplicationContext start(TestDatabase database) {
		return new SpringApplicationBuilder(DigestbotApplication.class).web(WebApplicationType.NONE)
			.run(concat(database.arguments(), "--digestbot.console.enabled=false", "--digestbot.push.enabled=false"));
	}

	private static String[] concat(String[] arguments, String... more) {
		String[] all = java.util.Arrays.copyOf(arguments, arguments.length + more.length);
		System.arraycopy(more, 0, all, arguments.length, more.length);
		return all;
	}

}
