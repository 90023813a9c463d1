package digestbot.telegram;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling through TelegramBots, on a poll thread of our own: the library's close() leaves
 * its own thread running, and a held poll would keep the application alive.
 */
class LongPolling implements UpdateSource {

	private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

	private final OkHttpClient http;

	private final TelegramUrl url;

	private final TelegramProperties properties;

	private TelegramBotsLongPollingApplication polling;

	private ScheduledExecutorService pollThread;

	LongPolling(OkHttpClient http, TelegramUrl url, TelegramProperties properties) {
		this.http = http;
		this.url = url;
		this.properties = properties;
	}

	@Override
	public void start(UpdateIntake intake) throws TelegramApiException {
		pollThread = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "telegram-poll");
			thread.setDaemon(true);
			return thread;
		});
		polling = new TelegramBotsLongPollingApplication(com.fasterxml.jackson.databind.ObjectMapper::new, () -> http,
				() -> pollThread);
		PollSpacing spacing = new PollSpacing(properties.pollGap());
		polling.registerBot(properties.botToken(), () -> url, this::getUpdates, updates -> {
			intake.consume(updates);
			spacing.polled(updates.size());
		});
	}

	private GetUpdates getUpdates(Integer lastReceived) {
		return GetUpdates.builder()
			.offset(lastReceived + 1)
			.limit(PollSpacing.FULL)
			.timeout((int) properties.pollTimeout().toSeconds())
			.allowedUpdates(TelegramUpdates.ALLOWED)
			.build();
	}

	@Override
	public void stop() {
		try {
			if (polling != null) {
				polling.close();
			}
		}
		catch (Exception ex) {
			log.warn("Polling did not stop cleanly: {}", ex.getClass().getSimpleName());
		}
		if (pollThread != null) {
			pollThread.shutdownNow();
		}
	}

}
