package digestbot.telegram;

import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import digestbot.chat.Incoming;
import digestbot.subscription.PlaceKind;
import org.junit.jupiter.api.Test;

import org.telegram.telegrambots.meta.api.objects.Update;

import static org.assertj.core.api.Assertions.assertThat;

/** Updates as the chat sees them: texts as sent, with the bot's username, whoever they address. */
class UpdateTranslatorTests {

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final UpdateTranslator translator = new UpdateTranslator("DigestBot");

	@Test
	void passesACommandToAnotherBotOnAsSentForTheChatToJudge() {
		Incoming.Message message = message(update(-100, "group", "/help@otherbot"));

		assertThat(message.text()).isEqualTo("/help@otherbot");
		assertThat(message.botUsername()).isEqualTo("DigestBot");
		assertThat(message.group()).isTrue();
	}

	@Test
	void keepsTheAddressOfACommandToThisBot() {
		assertThat(message(update(5, "private", "/subscribe@DigestBot AI")).text()).isEqualTo("/subscribe@DigestBot AI");
		assertThat(message(update(5, "private", "/help@")).text()).isEqualTo("/help@");
	}

	@Test
	void readsTheSenderAndTheChat() {
		Incoming.Message message = message(update(5, "private", "hallo"));

		assertThat(message).isEqualTo(new Incoming.Message(5, 5, "nl", "Anna", false, "hallo", null, "DigestBot"));
	}

	@Test
	void dropsMessagesFromBots() {
		Update update = read("""
				{"update_id": 1, "message": {"message_id": 1, "date": 1700000000, "text": "/help",
				 "chat": {"id": 5, "type": "private"}, "from": {"id": 9, "is_bot": true, "first_name": "B"}}}
				""");

		assertThat(translator.translate(update)).isEmpty();
	}

	@Test
	void readsAnInlineQueryForInlineModeAndNotForTheChat() {
		Update update = read("""
				{"update_id": 2, "inline_query": {"id": "901", "query": "robot", "offset": "10", "chat_type": "sender",
				 "from": {"id": 5, "is_bot": false, "first_name": "Anna", "language_code": "en"}}}
				""");

		assertThat(translator.inlineQuery(update))
			.contains(new InlineAnswers.Query("901", new digestbot.inline.InlineQuery(5, "en", "robot", "10")));
		assertThat(translator.translate(update)).isEmpty();
		assertThat(translator.inlineQuery(update(5, "private", "robot"))).isEmpty();
	}

	@Test
	void readsTheBotBeingAddedToAGroupAndRemovedFromIt() {
		assertThat(translator.translate(membership(-100, "group", "left", "member")))
			.contains(new Incoming.BotMembership(-100, 9, "nl", PlaceKind.GROUP, true, false));
		assertThat(translator.translate(membership(-100, "supergroup", "administrator", "kicked")))
			.contains(new Incoming.BotMembership(-100, 9, "nl", PlaceKind.GROUP, false, true));
		assertThat(translator.translate(membership(-1001, "channel", "left", "administrator")))
			.contains(new Incoming.BotMembership(-1001, 9, "nl", PlaceKind.CHANNEL, true, false));
		assertThat(translator.translate(membership(9, "private", "member", "kicked")))
			.contains(new Incoming.BotMembership(9, 9, "nl", PlaceKind.PRIVATE, false, true));
	}

	@Test
	void aTopicMessageOfAForumIsInItsThreadAndAReplyElsewhereIsNot() {
		assertThat(message(threadUpdate(7, true)).threadId()).isEqualTo(7);
		assertThat(message(threadUpdate(7, false)).threadId()).as("a reply in a supergroup that is no forum").isZero();
		assertThat(message(update(-100, "supergroup", "/latest")).threadId()).isZero();
	}

	@Test
	void aButtonPressedInAThreadIsInThatThread() {
		Optional<Incoming> press = translator.translate(read("""
				{"update_id": 1, "callback_query": {"id": "q", "data": "t:5:ai", "chat_instance": "c",
				 "from": {"id": 5, "is_bot": false, "first_name": "Anna"},
				 "message": {"message_id": 3, "date": 1, "chat": {"id": -100, "type": "supergroup", "is_forum": true},
				  "message_thread_id": 7, "is_topic_message": true, "text": "Rubrieken"}}}
				"""));

		assertThat(press).containsInstanceOf(Incoming.ButtonPress.class);
		assertThat(press.orElseThrow().threadId()).isEqualTo(7);
	}

	private static Update threadUpdate(long threadId, boolean topicMessage) {
		return read("""
				{"update_id": 1, "message": {"message_id": 1, "date": 1700000000, "text": "/sections",
				 "message_thread_id": %d, "is_topic_message": %s,
				 "chat": {"id": -100, "type": "supergroup", "is_forum": %s},
				 "from": {"id": 5, "is_bot": false, "first_name": "Anna", "language_code": "nl"}}}
				""".formatted(threadId, topicMessage, topicMessage));
	}

	private static Update membership(long chatId, String chatType, String before, String after) {
		String bot = "{\"id\": 1, \"is_bot\": true, \"first_name\": \"Digest\"}";
		return read("""
				{"update_id": 1, "my_chat_member": {"chat": {"id": %d, "type": "%s", "title": "T"},
				 "from": {"id": 9, "is_bot": false, "first_name": "Anna", "language_code": "nl"}, "date": 1,
				 "old_chat_member": {"status": "%s", "user": %s},
				 "new_chat_member": {"status": "%s", "user": %s, "can_post_messages": true}}}
				""".formatted(chatId, chatType, before, bot, after, bot));
	}

	private Incoming.Message message(Update update) {
		Optional<Incoming> incoming = translator.translate(update);
		assertThat(incoming).containsInstanceOf(Incoming.Message.class);
		return (Incoming.Message) incoming.orElseThrow();
	}

	private static Update update(long chatId, String chatType, String text) {
		return read("""
				{"update_id": 1, "message": {"message_id": 1, "date": 1700000000, "text": %s,
				 "chat": {"id": %d, "type": "%s"},
				 "from": {"id": 5, "is_bot": false, "first_name": "Anna", "language_code": "nl"}}}
				""".formatted(quoted(text), chatId, chatType));
	}

	private static String quoted(String text) {
		try {
			return JSON.writeValueAsString(text);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static Update read(String json) {
		try {
			return JSON.readValue(json, Update.class);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
