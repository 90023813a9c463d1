package digestbot.telegram;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import digestbot.admin.Admins;
import digestbot.chat.ChatService;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's life in long-polling mode: learns its username, publishes its command menu, then
 * polls for updates until the application stops.
 */
class PollingBot implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PollingBot.class);

	private final TelegramClient client;

	private final OkHttpClient httpClient;

	private final TelegramUrl url;

	private final TelegramProperties properties;

	private final ChatService chat;

	private final Admins admins;

	private ChatLanes lanes;

	private TelegramBotsLongPollingApplication polling;

	private ScheduledExecutorService pollThread;

	private volatile boolean running;

	PollingBot(TelegramClient client, OkHttpClient httpClient, TelegramUrl url, TelegramProperties properties,
			ChatService chat, Admins admins) {
		this.admins = admins;
		this.client = client;
		this.httpClient = httpClient;
		this.url = url;
		this.properties = properties;
		this.chat = chat;
	}

	@Override
	public void start() {
		try {
			User me = client.execute(new GetMe());
			log.info("Connected to the Bot API as @{}", me.getUserName());
			new CommandMenu(client, chat).publish(admins.configured());
			TelegramReplies replies = new TelegramReplies(client);
			lanes = new ChatLanes(properties.chatLanes());
			pollThread = Executors.newSingleThreadScheduledExecutor(task -> {
				Thread thread = new Thread(task, "telegram-poll");
				thread.setDaemon(true);
				return thread;
			});
			polling = new TelegramBotsLongPollingApplication(com.fasterxml.jackson.databind.ObjectMapper::new,
					() -> httpClient, () -> pollThread);
			polling.registerBot(properties.botToken(), () -> url, this::getUpdates,
					new UpdateIntake(new UpdateTranslator(me.getUserName()), lanes, chat, replies));
			running = true;
		}
		catch (TelegramApiException ex) {
			throw new IllegalStateException("Could not start the bot: " + TelegramErrors.describe(ex));
		}
	}

	private GetUpdates getUpdates(Integer lastReceived) {
		return GetUpdates.builder()
			.offset(lastReceived + 1)
			.limit(100)
			.timeout((int) properties.pollTimeout().toSeconds())
			.build();
	}

	@Override
	public void stop() {
		running = false;
		try {
			if (polling != null) {
				polling.close();
			}
			if (pollThread != null) {
				pollThread.shutdownNow();
			}
			if (lanes != null) {
				lanes.close();
			}
		}
		catch (Exception ex) {
			log.warn("Polling did not stop cleanly: {}", ex.getClass().getSimpleName());
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
