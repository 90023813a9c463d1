package digestbot.fakebotapi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the fake, and the Bot API's reply envelopes. */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static JsonNode parse(String json) {
		return MAPPER.readTree(json);
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	static ObjectNode ok(JsonNode result) {
		ObjectNode reply = object();
		reply.put("ok", true);
		reply.set("result", result);
		return reply;
	}

	static ObjectNode error(Failure failure) {
		ObjectNode reply = object();
		reply.put("ok", false);
		reply.put("error_code", failure.status());
		reply.put("description", failure.description());
		if (failure.retryAfter() != null || failure.migrateToChatId() != null) {
			ObjectNode parameters = reply.putObject("parameters");
			if (failure.retryAfter() != null) {
				parameters.put("retry_after", failure.retryAfter());
			}
			if (failure.migrateToChatId() != null) {
				parameters.put("migrate_to_chat_id", failure.migrateToChatId());
			}
		}
		return reply;
	}

}
