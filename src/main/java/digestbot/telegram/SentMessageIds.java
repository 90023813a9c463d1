package digestbot.telegram;

import java.io.IOException;
import java.util.OptionalInt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the one thing the bot needs from a successful {@code sendMessage} answer, the new
 * message's id, with a streaming parser that skips the rest. TelegramBots would build a whole
 * {@code Message} (the chat, the sender, the text, its entities, the keyboard) from each answer,
 * which a profile at a thousand replies a second put at a quarter of the reply's CPU.
 */
final class SentMessageIds {

	private final JsonFactory json;

	SentMessageIds(JsonFactory json) {
		this.json = json;
	}

	/**
	 * The {@code result.message_id} of an answer with {@code "ok": true}; empty for any other
	 * answer (an error, or one this reader does not understand), which the caller reads in full.
	 */
	OptionalInt read(byte[] answer) {
		try (JsonParser parser = json.createParser(answer)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return OptionalInt.empty();
			}
			boolean ok = false;
			OptionalInt id = OptionalInt.empty();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("ok".equals(field)) {
					ok = value == JsonToken.VALUE_TRUE;
				}
				else if ("result".equals(field) && value == JsonToken.START_OBJECT) {
					id = messageId(parser);
				}
				else {
					parser.skipChildren();
				}
			}
			return ok ? id : OptionalInt.empty();
		}
		catch (IOException ex) {
			return OptionalInt.empty();
		}
	}

	private static OptionalInt messageId(JsonParser parser) throws IOException {
		OptionalInt id = OptionalInt.empty();
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String field = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("message_id".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
				id = OptionalInt.of(parser.getIntValue());
			}
			else {
				parser.skipChildren();
			}
		}
		return id;
	}

}
