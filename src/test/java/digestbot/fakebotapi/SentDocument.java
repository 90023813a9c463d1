package digestbot.fakebotapi;

import java.nio.charset.StandardCharsets;

/**
 * A document the bot sent ({@code sendDocument}, multipart), as the fake received it.
 *
 * @param chatId the chat it went to
 * @param messageId the id Telegram gave it
 * @param fileName the file's name as sent
 * @param content the file's bytes
 * @param caption its caption, or null
 */
public record SentDocument(long chatId, int messageId, String fileName, byte[] content, String caption) {

	/** The content read as UTF-8 text. */
	public String text() {
		return new String(this.content, StandardCharsets.UTF_8);
	}

}
