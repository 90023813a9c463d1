package digestbot.fakebotapi;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import static digestbot.fakebotapi.RealTelegramClient.requestError;
import static org.assertj.core.api.Assertions.assertThat;

/** Inline queries and their answers, as the real TelegramBots client sees them. */
class FakeBotApiInlineTests extends WithFakeBotApi {

	@Test
	void deliversAnInlineQueryAndRecordsItsAnswer() throws TelegramApiException {
		String id = this.telegram.user(51).languageCode("nl").sendInlineQuery("robot marathon", "10");

		InlineQuery query = this.real.pollNow().get(0).getInlineQuery();
		this.real.client.execute(AnswerInlineQuery.builder()
			.inlineQueryId(query.getId())
			.result(article("1", "<b>Robots</b> &amp; marathons"))
			.cacheTime(60)
			.isPersonal(true)
			.nextOffset("20")
			.build());

		assertThat(query.getId()).isEqualTo(id);
		assertThat(query.getQuery()).isEqualTo("robot marathon");
		assertThat(query.getOffset()).isEqualTo("10");
		assertThat(query.getFrom().getId()).isEqualTo(51);
		assertThat(query.getFrom().getLanguageCode()).isEqualTo("nl");
		assertThat(query.getChatType()).isEqualTo("sender");
		InlineQueryAnswer answer = this.telegram.awaitInlineAnswer(id, Duration.ofSeconds(5));
		assertThat(answer.results()).singleElement().satisfies(result -> {
			assertThat(result.id()).isEqualTo("1");
			assertThat(result.title()).isEqualTo("Titel 1");
			assertThat(result.parseMode()).isEqualTo("HTML");
			assertThat(result.visibleText()).isEqualTo("Robots & marathons");
		});
		assertThat(answer.nextOffset()).isEqualTo("20");
		assertThat(answer.cacheTime()).isEqualTo(60);
		assertThat(answer.isPersonal()).isTrue();
	}

	@Test
	void takesFiftyResultsAndRefusesMore() throws TelegramApiException {
		String fifty = this.telegram.user(52).sendInlineQuery("a");
		String fiftyOne = this.telegram.user(52).sendInlineQuery("b");

		this.real.client.execute(answer(fifty, articles(50)));

		assertThat(this.telegram.awaitInlineAnswer(fifty, Duration.ofSeconds(5)).results()).hasSize(50);
		assertThat(requestError(() -> this.real.client.execute(answer(fiftyOne, articles(51)))).getApiResponse())
			.isEqualTo("Bad Request: RESULTS_TOO_MUCH");
	}

	@Test
	void refusesDuplicateOrOverlongResultIds() {
		String query = this.telegram.user(53).sendInlineQuery("a");

		assertThat(requestError(() -> this.real.client.execute(answer(query, List.of(article("7", "a"),
				article("7", "b"))))).getApiResponse()).isEqualTo("Bad Request: RESULT_ID_DUPLICATE");
		assertThat(requestError(() -> this.real.client.execute(answer(query, List.of(article("é".repeat(33), "a")))))
			.getApiResponse()).isEqualTo("Bad Request: RESULT_ID_INVALID");
		assertThat(this.telegram.inlineAnswers()).isEmpty();
	}

	@Test
	void checksTheMessageTextAsSendMessageDoes() {
		String query = this.telegram.user(54).sendInlineQuery("a");

		assertThat(requestError(() -> this.real.client.execute(answer(query, List.of(article("1", "<div>x</div>")))))
			.getApiResponse()).startsWith("Bad Request: can't parse entities: Unsupported start tag \"div\"");
		assertThat(requestError(() -> this.real.client.execute(answer(query,
				List.of(article("1", "<b>" + "a".repeat(4097) + "</b>"))))).getApiResponse())
			.isEqualTo("Bad Request: message is too long");
	}

	@Test
	void answersAQueryOnceOnly() throws TelegramApiException {
		String query = this.telegram.user(55).sendInlineQuery("a");
		this.real.client.execute(answer(query, articles(1)));

		assertThat(requestError(() -> this.real.client.execute(answer(query, articles(1)))).getApiResponse())
			.isEqualTo("Bad Request: query is too old and response timeout expired or query ID is invalid");
		assertThat(requestError(() -> this.real.client.execute(answer("12345", articles(1)))).getApiResponse())
			.startsWith("Bad Request: query is too old");
	}

	@Test
	void makesNoUpdateOfAKindTheBotLeftOutOfAllowedUpdates() throws TelegramApiException {
		this.real.client.execute(GetUpdates.builder().offset(0).timeout(0).allowedUpdates(List.of("message")).build());
		List<String> allowed = this.telegram.allowedUpdates();
		this.telegram.user(56).sendInlineQuery("left out");
		this.telegram.sendText(56, 56, "kept");

		// TelegramBots sends an empty allowed_updates when none is named: Telegram's default kinds.
		List<Update> updates = this.real.pollNow();

		assertThat(allowed).containsExactly("message");
		assertThat(updates).singleElement().satisfies(update -> assertThat(update.getMessage().getText()).isEqualTo("kept"));
		assertThat(this.telegram.allowedUpdates()).isEmpty();
	}

	private static AnswerInlineQuery answer(String queryId, List<InlineQueryResultArticle> results) {
		return AnswerInlineQuery.builder().inlineQueryId(queryId).results(results).build();
	}

	private static List<InlineQueryResultArticle> articles(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(n -> article(Integer.toString(n), "Bericht " + n)).toList();
	}

	private static InlineQueryResultArticle article(String id, String html) {
		return InlineQueryResultArticle.builder()
			.id(id)
			.title("Titel " + id)
			.inputMessageContent(InputTextMessageContent.builder().messageText(html).parseMode("HTML").build())
			.build();
	}

}
