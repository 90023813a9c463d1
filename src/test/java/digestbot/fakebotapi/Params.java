package digestbot.fakebotapi;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameters of one Bot API call, read like Telegram does from the query string, a JSON
 * body, a form-urlencoded body or a multipart body with files (the body wins).
 */
final class Params {

	private final ObjectNode values;

	private final Map<String, Multipart.Part> files;

	private Params(ObjectNode values, Map<String, Multipart.Part> files) {
		this.values = values;
		this.files = files;
	}

	static Params of(ObjectNode values) {
		return new Params(values, Map.of());
	}

	static Params read(HttpExchange exchange) throws IOException {
		ObjectNode values = Json.object();
		putForm(values, exchange.getRequestURI().getRawQuery());
		byte[] bytes = exchange.getRequestBody().readAllBytes();
		String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
		String boundary = Multipart.boundary(contentType);
		if (boundary != null) {
			Map<String, Multipart.Part> files = new HashMap<>();
			for (Multipart.Part part : Multipart.parse(bytes, boundary)) {
					if (part.fileName() != null) {
					files.put(part.name(), part);
				}
				else if (part.name() != null) {
					values.put(part.name(), part.text());
				}
			}
			return new Params(values, files);
		}
		String body = new String(bytes, StandardCharsets.UTF_8);
		if (contentType.contains("json") || body.stripLeading().startsWith("{")) {
			JsonNode json = parseOrNull(body);
			if (json != null && json.isObject()) {
				values.setAll((ObjectNode) json);
			}
		}
		else if (contentType.contains("x-www-form-urlencoded")) {
			putForm(values, body);
		}
		return new Params(values, Map.of());
	}

	private static void putForm(ObjectNode values, String form) {
		if (form == null || form.isEmpty()) {
			return;
		}
		for (String pair : form.split("&")) {
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq));
			values.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
		}
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static JsonNode parseOrNull(String text) {
		try {
			return Json.parse(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** A file uploaded in a multipart body under this name, or null. */
	Multipart.Part file(String name) {
		return this.files.get(name);
	}

	boolean has(String name) {
		JsonNode node = this.values.get(name);
		return node != null && !node.isNull();
	}

	/** The value as text, numbers included; null when absent. */
	String string(String name) {
		if (!has(name)) {
			return null;
		}
		JsonNode node = this.values.get(name);
		return node.isValueNode() ? node.asString() : Json.write(node);
	}

	Long longValue(String name) {
		String text = string(name);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	int intValue(String name, int fallback) {
		Long value = longValue(name);
		return (value != null) ? value.intValue() : fallback;
	}

	boolean bool(String name) {
		return "true".equalsIgnoreCase(string(name));
	}

	/** An object or array parameter; form callers send those as JSON text. */
	JsonNode json(String name) {
		if (!has(name)) {
			return null;
		}
		JsonNode node = this.values.get(name);
		return node.isString() ? parseOrNull(node.asString()) : node;
	}

}
