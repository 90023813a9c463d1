package digestbot.telegram;

import java.net.URI;

import org.telegram.telegrambots.meta.TelegramUrl;

/** Builds TelegramBots' URL holder and file URLs from the configured base URL. */
final class TelegramUrls {

	private TelegramUrls() {
	}

	static TelegramUrl of(URI apiUrl) {
		String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
		int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : ("http".equals(scheme) ? 80 : 443);
		return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
	}

}
