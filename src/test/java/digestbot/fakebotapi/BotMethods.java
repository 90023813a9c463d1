package digestbot.fakebotapi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ObjectNode;

/** Routes a call to its method; the methods that are not about one message live here. */
final class BotMethods {

	private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

	private final BotUser bot;

	private final UpdateQueue updates;

	private final Conversations conversations;

	private final FileStore files;

	private final Recorder recorder;

	private final MessageMethods messages;

	private final InlineMethods inline;

	private final Chats chats;

	BotMethods(BotUser bot, UpdateQueue updates, Conversations conversations, FileStore files, Recorder recorder,
			MessageMethods messages, InlineMethods inline, Chats chats) {
		this.inline = inline;
		this.chats = chats;
		this.bot = bot;
		this.updates = updates;
		this.conversations = conversations;
		this.files = files;
		this.recorder = recorder;
		this.messages = messages;
	}

	/** The result of a supported method. @throws FailureException for Telegram's error answers */
	JsonNode call(String canonicalMethod, Params params) {
		return switch (canonicalMethod) {
			case "getMe" -> this.bot.getMeJson();
			case "deleteWebhook" -> BooleanNode.TRUE;
			case "setWebhook" -> setWebhook(params);
			case "getUpdates" -> getUpdates(params);
			case "sendMessage" -> this.messages.sendMessage(params);
			case "sendDocument" -> this.messages.sendDocument(params);
			case "editMessageText" -> this.messages.editMessageText(params);
			case "editMessageReplyMarkup" -> this.messages.editMessageReplyMarkup(params);
			case "sendChatAction" -> this.messages.sendChatAction(params);
			case "answerCallbackQuery" -> answerCallbackQuery(params);
			case "answerInlineQuery" -> this.inline.answerInlineQuery(params);
			case "setMyCommands" -> setMyCommands(params);
			case "deleteMyCommands" -> deleteMyCommands(params);
			case "getFile" -> getFile(params);
			case "getChatMember" -> getChatMember(params);
			case "getChat" -> getChat(params);
			default -> throw Failure.of(404, "Not Found: method not found").toException();
		};
	}

	private JsonNode getUpdates(Params params) {
		allowedUpdates(params);
		return this.updates.poll(params.longValue("offset") != null ? params.longValue("offset") : 0,
				params.intValue("limit", 100), params.intValue("timeout", 0));
	}

	private JsonNode setWebhook(Params params) {
		allowedUpdates(params);
		return BooleanNode.TRUE;
	}

	/** Like Telegram, keeps the last allowed_updates given until another is given. */
	private void allowedUpdates(Params params) {
		JsonNode allowed = params.json("allowed_updates");
		if (allowed == null) {
			return;
		}
		if (!allowed.isArray()) {
			throw Failure.badRequest("can't parse allowed updates").toException();
		}
		List<String> types = new ArrayList<>();
		allowed.forEach((type) -> types.add(type.asString("")));
		this.updates.allow(types);
	}

	private JsonNode answerCallbackQuery(Params params) {
		long receivedAt = System.nanoTime();
		String id = params.string("callback_query_id");
		if (!this.conversations.closeCallbackQuery(id)) {
			throw Failure.badRequest("query is too old and response timeout expired or query ID is invalid")
				.toException();
		}
		this.recorder.answered(new CallbackAnswer(id, params.string("text"), params.bool("show_alert"),
				params.string("url"), receivedAt));
		return BooleanNode.TRUE;
	}

	private JsonNode setMyCommands(Params params) {
		JsonNode commands = params.json("commands");
		if (commands == null || !commands.isArray()) {
			throw Failure.badRequest("parameter \"commands\" is required").toException();
		}
		if (commands.size() > 100) {
			throw Failure.badRequest("too many commands specified").toException();
		}
		List<CommandsSet.Command> parsed = new ArrayList<>();
		for (JsonNode command : commands) {
			String name = command.path("command").asString("");
			String description = command.path("description").asString("");
			if (!COMMAND.matcher(name).matches()) {
				throw Failure.badRequest("BOT_COMMAND_INVALID").toException();
			}
			if (description.isBlank() || description.length() > 256) {
				throw Failure.badRequest("BOT_COMMAND_DESCRIPTION_INVALID").toException();
			}
			parsed.add(new CommandsSet.Command(name, description));
		}
		this.recorder.commandsSet(new CommandsSet(parsed, scope(params), params.string("language_code")));
		return BooleanNode.TRUE;
	}

	private JsonNode deleteMyCommands(Params params) {
		this.recorder.commandsSet(new CommandsSet(List.of(), scope(params), params.string("language_code")));
		return BooleanNode.TRUE;
	}

	private static String scope(Params params) {
		JsonNode scope = params.json("scope");
		return (scope != null) ? Json.write(scope) : null;
	}

	private JsonNode getChat(Params params) {
		Long chatId = this.chats.resolve(params.string("chat_id"));
		if (chatId == null || !this.conversations.knows(chatId)) {
			throw Failure.badRequest("chat not found").toException();
		}
		ObjectNode chat = this.conversations.chatJson(chatId);
		// Fields Telegram always sends in a ChatFullInfo.
		chat.put("accent_color_id", 0);
		chat.put("max_reaction_count", 11);
		chat.putObject("accepted_gift_types");
		return chat;
	}

	private JsonNode getChatMember(Params params) {
		Long chatId = this.chats.resolve(params.string("chat_id"));
		Long userId = params.longValue("user_id");
		if (chatId == null) {
			throw Failure.badRequest("chat not found").toException();
		}
		if (userId == null) {
			throw Failure.badRequest("user not found").toException();
		}
		ObjectNode user = (userId == this.bot.id()) ? this.bot.json() : userJson(userId);
		return Chats.json(this.chats.member(chatId, userId), user);
	}

	private static ObjectNode userJson(long userId) {
		ObjectNode user = Json.object();
		user.put("id", userId);
		user.put("is_bot", false);
		user.put("first_name", "User" + userId);
		return user;
	}

	private JsonNode getFile(Params params) {
		FileStore.StoredFile file = this.files.byId(params.string("file_id"));
		if (file == null) {
			throw Failure.badRequest("invalid file_id").toException();
		}
		ObjectNode json = Json.object();
		json.put("file_id", file.fileId());
		json.put("file_unique_id", file.fileUniqueId());
		json.put("file_size", file.size());
		json.put("file_path", file.filePath());
		return json;
	}

}
