package digestbot.fakebotapi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import static digestbot.fakebotapi.RealTelegramClient.requestError;
import static org.assertj.core.api.Assertions.assertThat;

/** What Telegram refuses in a message, seen through the TelegramBots client. */
class FakeBotApiValidationTests extends WithFakeBotApi {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			<div>news</div>          | Unsupported start tag "div" at byte offset 0
			<b>bold                  | Can't find end tag corresponding to start tag "b"
			<b><i>x</b></i>          | Unmatched end tag at byte offset 7, expected "</i>", found "</b>"
			Tom & Jerry              | Unsupported HTML entity at byte offset 4
			1 < 2                    | Unclosed start tag at byte offset 2
			1 < 2 > 0                | Unsupported start tag "" at byte offset 2
			café &nbsp;              | Unsupported HTML entity at byte offset 6
			<span>x</span>           | Tag "span" must have class "tg-spoiler" at byte offset 0
			""")
	void refusesMalformedHtml(String html, String detail) {
		assertThat(requestError(() -> sendHtml(html)).getApiResponse())
			.isEqualTo("Bad Request: can't parse entities: " + detail);
		assertThat(this.telegram.sentMessages()).isEmpty();
		assertThat(this.telegram.counters().failures(400)).isEqualTo(1);
	}

	@Test
	void acceptsEveryTelegramTag() throws TelegramApiException {
		String html = "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike>"
				+ "<del>d</del><tg-spoiler>p</tg-spoiler><span class=\"tg-spoiler\">q</span>"
				+ "<a href=\"https://example.org/?a=1&amp;b=2\">link</a><code>c</code><pre><code "
				+ "class=\"language-java\">x</code></pre><blockquote>quote</blockquote>"
				+ "<tg-emoji emoji-id=\"5368324170671202286\">&#128077;</tg-emoji> &lt;&gt;&quot;&#x41;";

		Message message = sendHtml(html);

		assertThat(message.getText()).isEqualTo("bsieunskdpqlinkcxquote\uD83D\uDC4D <>\"A");
	}

	@Test
	void countsTheLimitOnTheVisibleText() throws TelegramApiException {
		String limit = "a".repeat(HtmlValidator.MAX_TEXT_LENGTH);

		assertThat(sendHtml("<b>" + limit + "</b>").getText()).hasSize(4096);
		assertThat(sendHtml("&amp;".repeat(4096)).getText()).hasSize(4096);
		assertThat(requestError(() -> sendHtml(limit + "b")).getApiResponse())
			.isEqualTo("Bad Request: message is too long");
		assertThat(requestError(() -> this.real.client.execute(SendMessage.builder().chatId(1L)
			.text(limit + "!").build())).getApiResponse()).isEqualTo("Bad Request: message is too long");
		assertThat(requestError(() -> sendHtml("<b> </b>")).getApiResponse())
			.isEqualTo("Bad Request: message text is empty");
	}

	@Test
	void refusesCallbackDataLongerThan64Bytes() {
		assertThat(requestError(() -> this.real.client.execute(SendMessage.builder()
			.chatId(1L)
			.text("pick")
			.replyMarkup(FakeBotApiTests.keyboard("x".repeat(65)))
			.build())).getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
	}

	private Message sendHtml(String html) throws TelegramApiException {
		return this.real.client
			.execute(SendMessage.builder().chatId(1L).text(html).parseMode(ParseMode.HTML).build());
	}

}
