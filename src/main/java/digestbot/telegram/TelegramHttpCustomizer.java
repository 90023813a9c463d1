package digestbot.telegram;

import okhttp3.OkHttpClient;

/**
 * Adjusts the HTTP client that talks to the Bot API, e.g. to confine tests to loopback or to
 * add a proxy. Every bean of this type is applied.
 */
@FunctionalInterface
public interface TelegramHttpCustomizer {

	void customize(OkHttpClient.Builder builder);

}
