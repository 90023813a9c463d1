package digestbot.telegram;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import digestbot.admin.Admins;
import digestbot.chat.ChatService;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's life: learns its username, publishes its command menu, takes up updates a previous
 * run left unanswered, then receives updates from its source until the application stops. Every
 * hour it forgets the updates answered more than a day ago.
 */
class TelegramBot implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

	private final TelegramClient client;

	private final TelegramReplies replies;

	private final TelegramProperties properties;

	private final ChatService chat;

	private final Admins admins;

	private final UpdateInbox inbox;

	private final UpdateSource source;

	private final MeterRegistry meters;

	private ChatLanes lanes;

	private ScheduledExecutorService recovery;

	private volatile boolean running;

	TelegramBot(TelegramClient client, TelegramReplies replies, TelegramProperties properties, ChatService chat,
			Admins admins, UpdateInbox inbox, UpdateSource source, MeterRegistry meters) {
		this.meters = meters;
		this.client = client;
		this.replies = replies;
		this.properties = properties;
		this.chat = chat;
		this.admins = admins;
		this.inbox = inbox;
		this.source = source;
	}

	@Override
	public void start() {
		try {
			User me = client.execute(new GetMe());
			log.info("Connected to the Bot API as @{}", me.getUserName());
			new CommandMenu(client, chat).publish(admins.configured());
			lanes = new ChatLanes(properties.chatLanes(), properties.maxHeldUpdates());
			meters.gauge("digestbot.updates.held", lanes, ChatLanes::held);
			UpdateIntake intake = new UpdateIntake(new UpdateTranslator(me.getUserName()), inbox, lanes, chat,
					replies, meters);
			recovery = Executors.newSingleThreadScheduledExecutor(task -> {
				Thread thread = new Thread(task, "inbox-recovery");
				thread.setDaemon(true);
				return thread;
			});
			recovery.scheduleWithFixedDelay(() -> resume(intake), 0, 5, TimeUnit.SECONDS);
			long renewEvery = Math.max(100, properties.inboxLease().toMillis() / 4);
			recovery.scheduleWithFixedDelay(this::renewHeld, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
			recovery.scheduleWithFixedDelay(this::forgetAnswered, 1, 60, TimeUnit.MINUTES);
			recovery.scheduleWithFixedDelay(this::flushAnswered, 100, 100, TimeUnit.MILLISECONDS);
			source.start(intake);
			running = true;
		}
		catch (TelegramApiException ex) {
			throw new IllegalStateException("Could not start the bot: " + TelegramErrors.describe(ex));
		}
	}

	private void resume(UpdateIntake intake) {
		try {
			intake.resumeAbandoned();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for unanswered updates: {}", ex.getMessage());
		}
	}

	private void renewHeld() {
		try {
			inbox.renewHeld();
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the leases of the updates held here: {}", ex.getMessage());
		}
	}

	private void flushAnswered() {
		try {
			inbox.flushAnswered();
		}
		catch (RuntimeException ex) {
			log.warn("Could not write down answered updates: {}", ex.getMessage());
		}
	}

	private void forgetAnswered() {
		try {
			inbox.forgetAnswered();
		}
		catch (RuntimeException ex) {
			log.warn("Could not forget updates answered a day ago: {}", ex.getMessage());
		}
	}

	@Override
	public void stop() {
		running = false;
		source.stop();
		if (recovery != null) {
			recovery.shutdownNow();
		}
		try {
			if (lanes != null) {
				lanes.close();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		flushAnswered();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
