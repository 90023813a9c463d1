package digestbot.fakebotapi;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Bot API methods the fake serves; Telegram matches their names case-insensitively. */
final class MethodNames {

	static final Set<String> SUPPORTED = Set.of("getMe", "getUpdates", "deleteWebhook", "setWebhook",
			"sendMessage", "sendDocument", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery", "setMyCommands",
			"deleteMyCommands", "getFile", "sendChatAction", "answerInlineQuery", "getChatMember", "getChat");

	/** The calls that change a chat, and so count against the flood limits. */
	static final Set<String> SENDS = Set.of("sendMessage", "sendDocument", "editMessageText",
			"editMessageReplyMarkup");

	private static final Map<String, String> BY_LOWER_CASE = SUPPORTED.stream()
		.collect(Collectors.toUnmodifiableMap((name) -> name.toLowerCase(Locale.ROOT), Function.identity()));

	private MethodNames() {
	}

	/** The documented spelling of a supported method, else the name in lower case. */
	static String canonical(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return BY_LOWER_CASE.getOrDefault(lower, lower);
	}

	static boolean isSupported(String canonicalName) {
		return SUPPORTED.contains(canonicalName);
	}

}
