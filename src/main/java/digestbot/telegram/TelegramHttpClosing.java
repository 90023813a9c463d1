package digestbot.telegram;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import okhttp3.OkHttpClient;

import org.springframework.beans.factory.DisposableBean;

/**
 * Closes the Bot API's HTTP client with the application, after the bot and the push have
 * stopped: a call still on its way (one that outlived its stop's wait) is cancelled, the
 * dispatcher's threads end and idle connections are closed, so that nothing of it outlives the
 * context.
 */
final class TelegramHttpClosing implements DisposableBean {

	private final OkHttpClient http;

	TelegramHttpClosing(OkHttpClient http) {
		this.http = http;
	}

	/** The dispatcher's threads: daemons, numbered. */
	static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "telegram-http-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	@Override
	public void destroy() {
		http.dispatcher().cancelAll();
		http.dispatcher().executorService().shutdown();
		http.connectionPool().evictAll();
	}

}
