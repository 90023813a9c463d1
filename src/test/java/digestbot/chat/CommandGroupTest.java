package digestbot.chat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import digestbot.storage.ContentCopy;
import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.Subscriber;
import digestbot.subscription.SubscriberStore;
import digestbot.text.Html;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of the groups of commands: a group alone behind routes of its own (or every
 * group, as the chat has them), with the application's stores on an in-memory H2 database that
 * holds the content folder's issue. The content folder is a copy, so publishing stays in the
 * test. These test classes share one application context; each test talks from chats of its own.
 */
@SpringBootTest(properties = "digestbot.push.enabled=false")
abstract class CommandGroupTest {

	private static final Path CONTENT = ContentCopy.of(Path.of("content"));

	private static final AtomicLong NEXT_CHAT = new AtomicLong(40_000);

	private static final AtomicInteger NEXT_MESSAGE = new AtomicInteger(1);

	@Autowired
	Replies replies;

	@Autowired
	SubscriberStore subscribers;

	@Autowired
	List<ChatCommands> allGroups;

	@Autowired
	CommandNames names;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("digestbot.digest.content-dir", CONTENT::toString);
	}

	/** The groups the test's chats talk to: the group under test alone, or all of them. */
	List<ChatCommands> groups() {
		return allGroups;
	}

	/** A private chat of a user nobody else uses, who is not an admin, speaking Dutch. */
	TestChat newChat() {
		return newChat("nl", false);
	}

	TestChat newChat(String language, boolean admin) {
		long id = NEXT_CHAT.incrementAndGet();
		return new TestChat(id, id, language, admin);
	}

	/** What the sends of an answer read as plain text, joined by blank lines. */
	static String plain(List<Outgoing> answer) {
		return String.join("\n\n", answer.stream()
			.filter(Outgoing.Send.class::isInstance)
			.map(send -> Html.toPlainText(((Outgoing.Send) send).html()))
			.toList());
	}

	/** The keyboard under the last message sent or edited in an answer. */
	static Keyboard keyboard(List<Outgoing> answer) {
		Keyboard keyboard = null;
		for (Outgoing outgoing : answer) {
			if (outgoing instanceof Outgoing.Send send) {
				keyboard = send.keyboard();
			}
			else if (outgoing instanceof Outgoing.Edit edit) {
				keyboard = edit.keyboard();
			}
		}
		return keyboard;
	}

	/** The button with that label (as shown, emoji included) on a keyboard. */
	static Keyboard.Button button(Keyboard keyboard, String label) {
		return keyboard.buttons().stream().filter(button -> button.label().contains(label)).findFirst().orElseThrow();
	}

	/** The answers to button presses in an answer; an empty text where the press was answered silently. */
	static List<String> buttonAnswers(List<Outgoing> answer) {
		return answer.stream()
			.filter(Outgoing.AnswerButton.class::isInstance)
			.map(pressed -> ((Outgoing.AnswerButton) pressed).text())
			.map(text -> text == null ? "" : text)
			.toList();
	}

	/** A chat talking to the group under test; in a private chat the chat id is the user's id. */
	final class TestChat {

		final long id;

		final long userId;

		private final String language;

		private final boolean admin;

		private final Routes routes = Routes.of(replies, groups());

		private TestChat(long id, long userId, String language, boolean admin) {
			this.id = id;
			this.userId = userId;
			this.language = language;
			this.admin = admin;
		}

		/** Another user in the same chat, as in a group. */
		TestChat otherUser(boolean asAdmin) {
			return new TestChat(id, NEXT_CHAT.incrementAndGet(), language, asAdmin);
		}

		List<Outgoing> says(String text) {
			Command command = new CommandParser(null, names).parse(text).orElseThrow();
			return routes.answer(command, turn(new Incoming.Message(id, userId, language, "Anna", false, text, null, null)));
		}

		/** A command the parser does not make, such as a file sent. */
		List<Outgoing> sends(Command command) {
			return routes.answer(command, turn(new Incoming.Message(id, userId, language, "Anna", false, null, null, null)));
		}

		List<Outgoing> presses(Keyboard.Button button) {
			return presses(button.data());
		}

		List<Outgoing> presses(String data) {
			Incoming.ButtonPress press = new Incoming.ButtonPress(id, userId, language, "press-" + userId,
					NEXT_MESSAGE.incrementAndGet(), data);
			return routes.press(press, turn(press));
		}

		/** Follows those topics, as if chosen before. */
		TestChat follows(String... topics) {
			subscribers.findOrCreate(Place.chat(id), PlaceKind.ofChat(id), userId, language);
			subscribers.subscribe(Place.chat(id), List.of(topics), null);
			return this;
		}

		Subscriber subscriber() {
			return subscribers.find(Place.chat(id)).orElseThrow();
		}

		private Turn turn(Incoming incoming) {
			Subscriber subscriber = subscribers.findOrCreate(Place.chat(id), PlaceKind.ofChat(id), userId, language);
			return new Turn(incoming, subscriber, Language.fromTelegramCode(subscriber.language()), admin);
		}

	}

}
