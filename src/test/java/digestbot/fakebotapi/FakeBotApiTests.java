package digestbot.fakebotapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static digestbot.fakebotapi.RealTelegramClient.requestError;

/** The fake as the real TelegramBots client sees it. */
class FakeBotApiTests extends WithFakeBotApi {

	private static final long CHAT = 4242L;

	@Test
	void sendsHtmlMessageAndRecordsIt() throws TelegramApiException {
		Message reply = this.real.client.execute(SendMessage.builder()
			.chatId(CHAT)
			.text("<b>Morning</b> &amp; news")
			.parseMode(ParseMode.HTML)
			.replyMarkup(keyboard("more:1"))
			.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
			.build());

		assertThat(reply.getMessageId()).isEqualTo(1);
		assertThat(reply.getChatId()).isEqualTo(CHAT);
		assertThat(reply.getText()).isEqualTo("Morning & news");
		assertThat(reply.getFrom().getUserName()).isEqualTo(FakeBotApi.DEFAULT_BOT_USERNAME);
		assertThat(reply.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("more:1");
		SentMessage sent = this.telegram.awaitMessages(CHAT, 1, Duration.ofSeconds(5)).get(0);
		assertThat(sent.text()).isEqualTo("<b>Morning</b> &amp; news");
		assertThat(sent.plainText()).isEqualTo("Morning & news");
		assertThat(sent.isHtml()).isTrue(); // ParseMode.HTML is "html"
		assertThat(sent.replyMarkup()).contains("\"callback_data\":\"more:1\"");
		assertThat(sent.linkPreviewDisabled()).isTrue();
		assertThat(sent.method()).isEqualTo("sendMessage");
		assertThat(this.telegram.counters().calls("sendmessage")).isEqualTo(1);
	}

	@Test
	void numbersMessagesPerChat() throws TelegramApiException {
		this.telegram.sendText(CHAT, CHAT, "hello");
		int first = send(CHAT, "one").getMessageId();
		int second = send(CHAT, "two").getMessageId();
		int elsewhere = send(7L, "other").getMessageId();

		assertThat(List.of(first, second, elsewhere)).containsExactly(2, 3, 1);
		assertThat(this.telegram.sentMessages()).extracting(SentMessage::text).containsExactly("one", "two", "other");
		assertThat(this.telegram.sentMessages(7L)).hasSize(1);
	}

	@Test
	void editsTheBotsMessage() throws TelegramApiException {
		int messageId = send(CHAT, "draft").getMessageId();

		Message edited = (Message) this.real.client.execute(EditMessageText.builder()
			.chatId(CHAT)
			.messageId(messageId)
			.text("<i>final</i>")
			.parseMode(ParseMode.HTML)
			.build());

		assertThat(edited.getText()).isEqualTo("final");
		assertThat(edited.getEditDate()).isNotNull();
		assertThat(this.telegram.awaitEdits(CHAT, 1, Duration.ofSeconds(5)))
			.singleElement()
			.satisfies((edit) -> assertThat(edit.messageId()).isEqualTo(messageId))
			.satisfies((edit) -> assertThat(edit.method()).isEqualTo("editMessageText"));
		assertThat(requestError(() -> edit(messageId, "<i>final</i>")).getApiResponse())
			.startsWith("Bad Request: message is not modified");
		assertThat(requestError(() -> edit(999, "x")).getApiResponse())
			.isEqualTo("Bad Request: message to edit not found");
	}

	@Test
	void answersTheCallbackQueryOfAPressedButton() throws TelegramApiException {
		int messageId = this.real.client
			.execute(SendMessage.builder().chatId(CHAT).text("pick").replyMarkup(keyboard("topic:ai")).build())
			.getMessageId();
		this.telegram.pressButton(CHAT, CHAT, messageId, "topic:ai");

		Update update = this.real.pollNow().get(0);
		assertThat(update.getCallbackQuery().getData()).isEqualTo("topic:ai");
		assertThat(update.getCallbackQuery().getFrom().getId()).isEqualTo(CHAT);
		Message shown = (Message) update.getCallbackQuery().getMessage();
		assertThat(shown.getMessageId()).isEqualTo(messageId);
		assertThat(shown.getText()).isEqualTo("pick");

		String queryId = update.getCallbackQuery().getId();
		Boolean answered = this.real.client
			.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).text("Saved").build());

		assertThat(answered).isTrue();
		assertThat(this.telegram.callbackAnswers()).singleElement()
			.satisfies((answer) -> assertThat(answer.text()).isEqualTo("Saved"));
		assertThat(requestError(() -> this.real.client.execute(new AnswerCallbackQuery(queryId))).getErrorCode())
			.isEqualTo(400);
	}

	@Test
	void recordsTheCommandMenu() throws TelegramApiException {
		Boolean set = this.real.client.execute(SetMyCommands.builder()
			.command(new BotCommand("start", "Subscribe"))
			.command(new BotCommand("topics", "Choose topics"))
			.scope(new BotCommandScopeAllPrivateChats())
			.languageCode("de")
			.build());

		assertThat(set).isTrue();
		CommandsSet recorded = this.telegram.commandsSet().get(0);
		assertThat(recorded.commands()).extracting(CommandsSet.Command::command).containsExactly("start", "topics");
		assertThat(recorded.scopeJson()).contains("all_private_chats");
		assertThat(recorded.languageCode()).isEqualTo("de");
		assertThat(requestError(() -> this.real.client
			.execute(SetMyCommands.builder().command(new BotCommand("Start-Now", "x")).build())).getApiResponse())
			.isEqualTo("Bad Request: BOT_COMMAND_INVALID");
	}

	@Test
	void servesSentDocumentsThroughGetFile() throws TelegramApiException, IOException {
		byte[] content = "# Issue 12\nNews".getBytes(StandardCharsets.UTF_8);
		this.telegram.sendDocument(CHAT, CHAT, "issue-12.md", content);

		Document document = this.real.pollNow().get(0).getMessage().getDocument();
		assertThat(document.getFileName()).isEqualTo("issue-12.md");
		assertThat(document.getMimeType()).isEqualTo("text/markdown");
		assertThat(document.getFileSize()).isEqualTo((long) content.length);

		File file = this.real.client.execute(new GetFile(document.getFileId()));
		assertThat(file.getFileSize()).isEqualTo((long) content.length);
		try (Response download = this.real.get("/file/bot" + this.telegram.token() + "/" + file.getFilePath())) {
			assertThat(download.code()).isEqualTo(200);
			assertThat(download.body().bytes()).isEqualTo(content);
		}
		// The client's own download ignores TelegramUrl and heads for api.telegram.org.
		assertThat(file.getFileUrl(this.telegram.token())).startsWith("https://api.telegram.org/");
		assertThatExceptionOfType(TelegramApiException.class).isThrownBy(() -> {
			try (InputStream stream = this.real.client.downloadFileAsStream(file)) {
				stream.readAllBytes();
			}
		}).withRootCauseInstanceOf(UnknownHostException.class);
		assertThat(this.telegram.counters().calls("download")).isEqualTo(1);
	}

	@Test
	void describesUsersChatsAndCommandsLikeTelegram() throws TelegramApiException {
		this.telegram.user(7).username("ann").languageCode("de").inGroup(-100L, "Team").sendText("/digest now");

		Message message = this.real.pollNow().get(0).getMessage();
		assertThat(message.getFrom().getLanguageCode()).isEqualTo("de");
		assertThat(message.getFrom().getUserName()).isEqualTo("ann");
		assertThat(message.getChat().isGroupChat()).isTrue();
		assertThat(message.getChat().getTitle()).isEqualTo("Team");
		// TelegramBots fills entity texts only inside getEntities(), and isCommand() needs them.
		assertThat(message.isCommand()).isFalse();
		assertThat(message.getEntities()).singleElement()
			.satisfies((entity) -> assertThat(entity.getText()).isEqualTo("/digest"));
		assertThat(message.isCommand()).isTrue();
		assertThat(this.real.client.execute(new GetMe()).getUserName()).isEqualTo("digest_test_bot");
		assertThat(this.real.client.execute(new SendChatAction(Long.toString(CHAT), "typing"))).isTrue();
	}

	@Test
	void loopbackOnlyClientCannotReachTheRealTelegram() {
		OkHttpTelegramClient towardsTelegram = new OkHttpTelegramClient(this.real.http, this.telegram.token());

		assertThatExceptionOfType(TelegramApiException.class).isThrownBy(() -> towardsTelegram.execute(new GetMe()))
			.withRootCauseInstanceOf(UnknownHostException.class);
		assertThat(this.telegram.counters().calls()).isEmpty();
	}

	@Test
	void acceptsFormCallsAnyMethodCaseAndRefusesWrongTokenOrMethod() throws IOException {
		String bot = this.telegram.baseUrl() + "/bot" + this.telegram.token();
		FormBody form = new FormBody.Builder().add("chat_id", "5").add("text", "via form").build();

		assertThat(post(bot + "/SENDMESSAGE", form)).contains("\"ok\":true").contains("\"message_id\":1");
		assertThat(post(bot + "/sendMessage?chat_id=5&text=via%20query", new FormBody.Builder().build()))
			.contains("\"text\":\"via query\"");
		assertThat(post(this.telegram.baseUrl() + "/bot1:wrong/getMe", form))
			.isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
		assertThat(post(bot + "/sendPigeon", form)).contains("\"error_code\":404")
			.contains("Not Found: method not found");
		assertThat(this.telegram.sentMessages(5)).extracting(SentMessage::text).containsExactly("via form", "via query");
	}

	private String post(String url, FormBody body) throws IOException {
		try (Response response = this.real.http.newCall(new Request.Builder().url(url).post(body).build()).execute()) {
			return response.body().string();
		}
	}

	private Message send(long chatId, String text) throws TelegramApiException {
		return this.real.client.execute(SendMessage.builder().chatId(chatId).text(text).build());
	}

	private void edit(int messageId, String html) throws TelegramApiException {
		this.real.client.execute(
				EditMessageText.builder().chatId(CHAT).messageId(messageId).text(html).parseMode(ParseMode.HTML).build());
	}

	static InlineKeyboardMarkup keyboard(String data) {
		return InlineKeyboardMarkup.builder()
			.keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text("Go").callbackData(data).build()))
			.build();
	}

}
