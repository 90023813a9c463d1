package digestbot.fakebotapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/**
 * answerInlineQuery, checked as Telegram checks it: an open query answered once, at most 50
 * results with unique ids of 1 to 64 bytes, each article with a title and a message text of 1 to
 * 4096 characters after entity parsing in valid HTML, a next_offset of at most 64 bytes.
 */
final class InlineMethods {

	static final int MAX_RESULTS = 50;

	private final Conversations conversations;

	private final Recorder recorder;

	InlineMethods(Conversations conversations, Recorder recorder) {
		this.conversations = conversations;
		this.recorder = recorder;
	}

	JsonNode answerInlineQuery(Params params) {
		long receivedAt = System.nanoTime();
		String id = params.string("inline_query_id");
		JsonNode results = params.json("results");
		if (results == null || !results.isArray()) {
			throw Failure.badRequest("parameter \"results\" is required").toException();
		}
		if (results.size() > MAX_RESULTS) {
			throw Failure.badRequest("RESULTS_TOO_MUCH").toException();
		}
		List<InlineQueryAnswer.Article> articles = articles(results);
		String nextOffset = params.has("next_offset") ? params.string("next_offset") : "";
		if (nextOffset.getBytes(StandardCharsets.UTF_8).length > 64) {
			throw Failure.badRequest("NEXT_OFFSET_INVALID").toException();
		}
		Long cacheTime = params.longValue("cache_time");
		if (cacheTime != null && cacheTime < 0) {
			throw Failure.badRequest("CACHE_TIME_INVALID").toException();
		}
		if (!this.conversations.closeInlineQuery(id)) {
			throw Failure.badRequest("query is too old and response timeout expired or query ID is invalid")
				.toException();
		}
		this.recorder.answered(new InlineQueryAnswer(id, articles, nextOffset,
				cacheTime != null ? cacheTime.intValue() : null, params.bool("is_personal"), receivedAt));
		return BooleanNode.TRUE;
	}

	private static List<InlineQueryAnswer.Article> articles(JsonNode results) {
		List<InlineQueryAnswer.Article> articles = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (JsonNode result : results) {
			if (!"article".equals(result.path("type").asString(""))) {
				throw Failure.badRequest("RESULT_TYPE_INVALID: the fake knows only articles").toException();
			}
			String id = result.path("id").asString("");
			int idBytes = id.getBytes(StandardCharsets.UTF_8).length;
			if (idBytes < 1 || idBytes > 64) {
				throw Failure.badRequest("RESULT_ID_INVALID").toException();
			}
			if (!ids.add(id)) {
				throw Failure.badRequest("RESULT_ID_DUPLICATE").toException();
			}
			String title = result.path("title").asString("");
			if (title.isBlank()) {
				throw Failure.badRequest("RESULT_TITLE_EMPTY").toException();
			}
			JsonNode content = result.path("input_message_content");
			String text = content.path("message_text").isString() ? content.path("message_text").asString() : null;
			String parseMode = content.path("parse_mode").isString() ? content.path("parse_mode").asString() : null;
			// As in sendMessage: the same limit, the same HTML, the same answers.
			String visible = HtmlValidator.checkMessageText(text, parseMode);
			boolean noPreview = content.path("link_preview_options").path("is_disabled").asBoolean(false)
					|| content.path("disable_web_page_preview").asBoolean(false);
			articles.add(new InlineQueryAnswer.Article(id, title,
					result.path("description").isString() ? result.path("description").asString() : null, text,
					parseMode, noPreview, visible));
		}
		return articles;
	}

}
