package digestbot.fakebotapi;

import java.util.List;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The TelegramBots client pointed at a fake through a loopback-only OkHttp client. */
final class RealTelegramClient implements AutoCloseable {

	final FakeBotApi telegram;

	final OkHttpClient http;

	final TelegramUrl url;

	final OkHttpTelegramClient client;

	RealTelegramClient(FakeBotApi telegram) {
		this.telegram = telegram;
		this.http = LoopbackOnlyDns.okHttpClient();
		this.url = new TelegramUrl("http", "127.0.0.1", telegram.port(), false);
		this.client = new OkHttpTelegramClient(this.http, telegram.token(), this.url);
	}

	/** One short poll: the updates waiting now, not confirmed. */
	List<Update> pollNow() throws TelegramApiException {
		return this.client.execute(GetUpdates.builder().offset(0).timeout(0).build());
	}

	/** GETs a path of the fake, e.g. a file download. */
	Response get(String path) throws java.io.IOException {
		return this.http.newCall(new Request.Builder().url(this.telegram.baseUrl() + path).build()).execute();
	}

	/** The error answer a call got; fails when it succeeded or failed otherwise. */
	static TelegramApiRequestException requestError(TelegramCall call) {
		try {
			call.run();
		}
		catch (TelegramApiRequestException ex) {
			return ex;
		}
		catch (TelegramApiException ex) {
			throw new AssertionError("Expected an error answer but got " + ex, ex);
		}
		throw new AssertionError("Expected an error answer but the call succeeded");
	}

	@FunctionalInterface
	interface TelegramCall {

		void run() throws TelegramApiException;

	}

	@Override
	public void close() {
		this.http.dispatcher().executorService().shutdownNow();
		this.http.connectionPool().evictAll();
	}

}
