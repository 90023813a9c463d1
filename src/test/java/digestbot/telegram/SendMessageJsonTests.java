package digestbot.telegram;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import static org.assertj.core.api.Assertions.assertThat;

class SendMessageJsonTests {

	private final ObjectMapper mapper = new ObjectMapper();

	private final SendMessageJson json = new SendMessageJson(mapper.getFactory());

	@Test
	void writesAPlainTextAsTheLibraryDoes() throws Exception {
		assertSameAsTheLibrary(SendMessage.builder().chatId(42L).text("Hallo Anneke!").build());
	}

	@Test
	void writesAMessageWithEverythingTheBotSetsAsTheLibraryDoes() throws Exception {
		assertSameAsTheLibrary(SendMessage.builder()
			.chatId(-1_001_234_567_890L)
			.messageThreadId(17)
			.text("<b>EV-nieuws</b>\n„BYD” verkocht 4,27 miljoen auto's – één record 🚗 \\ \"SCMP\"\u0001")
			.parseMode("HTML")
			.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
			.replyMarkup(InlineKeyboardMarkup.builder()
				.keyboardRow(new InlineKeyboardRow(button("Bron 1", "s:1"), button("Bron 2", "s:2")))
				.keyboardRow(new InlineKeyboardRow(button("Meer ▸", "m:2025-01-27:3")))
				.build())
			.build());
	}

	@Test
	void leavesAMessageWithAnythingElseToTheLibrary() {
		assertThat(json.write(SendMessage.builder()
			.chatId(42L)
			.text("x")
			.entities(List.of(MessageEntity.builder().type("bold").offset(0).length(1).build()))
			.build())).isEmpty();
		assertThat(json.write(SendMessage.builder().chatId(42L).text("x").disableNotification(true).build())).isEmpty();
		assertThat(json.write(SendMessage.builder()
			.chatId(42L)
			.text("x")
			.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(false).urlField("https://example.org").build())
			.build())).isEmpty();
		assertThat(json.write(SendMessage.builder()
			.chatId(42L)
			.text("x")
			.replyMarkup(InlineKeyboardMarkup.builder()
				.keyboardRow(new InlineKeyboardRow(
						InlineKeyboardButton.builder().text("Lees op het web").url("https://example.org").build()))
				.build())
			.build())).isEmpty();
	}

	private void assertSameAsTheLibrary(SendMessage message) throws Exception {
		JsonNode ours = mapper.readTree(json.write(message).orElseThrow());
		JsonNode library = mapper.readTree(mapper.writeValueAsBytes(message));
		assertThat(ours).isEqualTo(library);
	}

	private static InlineKeyboardButton button(String label, String data) {
		return InlineKeyboardButton.builder().text(label).callbackData(data).build();
	}

}
