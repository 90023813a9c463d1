package digestbot.telegram;

import java.time.Duration;
import java.util.concurrent.CancellationException;
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
 * The bot's life: learns its username, takes up updates a previous run left unanswered, receives
 * updates from its source until the application stops, and publishes its command menu once
 * receiving has begun. Every
 * hour it forgets the updates answered more than a day ago. Starting happens in the background,
 * again and again while the Bot API does not answer (see {@link StartRetries}).
 */
class TelegramBot implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

	/**
	 * How long an answer may wait to be written down when no poll takes it along (see
	 * {@link UpdateInbox#flushAnsweredUnlessPolledWithin}): after a crash, the updates answered in
	 * that moment are answered again.
	 */
	private static final Duration ANSWERS_FLUSHED_EVERY = Duration.ofMillis(100);

	/** How long the last write of a stop waits for the writes under way. */
	private static final Duration LAST_WRITE_PATIENCE = Duration.ofSeconds(5);

	private final TelegramClient client;

	private final TelegramReplies replies;

	private final TelegramProperties properties;

	private final ChatService chat;

	private final Admins admins;

	private final UpdateInbox inbox;

	private final UpdateSource source;

	private final MeterRegistry meters;

	private final StartRetries retries;

	private final InlineAnswers inline;

	// Written by the start thread, read by stop(): volatile.
	private volatile ChatLanes lanes;

	private volatile ScheduledExecutorService recovery;

	private volatile boolean running;

	TelegramBot(TelegramClient client, TelegramReplies replies, TelegramProperties properties, ChatService chat,
			Admins admins, UpdateInbox inbox, UpdateSource source, MeterRegistry meters, StartRetries retries,
			InlineAnswers inline) {
		this.meters = meters;
		this.inline = inline;
		this.retries = retries;
		this.client = client;
		this.replies = replies;
		this.properties = properties;
		this.chat = chat;
		this.admins = admins;
		this.inbox = inbox;
		this.source = source;
		meters.gauge("digestbot.updates.held", this, TelegramBot::heldUpdates);
	}

	/** The updates waiting in the lanes or being handled now. */
	private int heldUpdates() {
		ChatLanes current = lanes;
		return current == null ? 0 : current.held();
	}

	@Override
	public void start() {
		running = true;
		retries.begin(this::connect);
	}

	/** One attempt to start, on the start thread; tried again while Telegram does not answer. */
	private void connect() throws TelegramApiException {
		try {
			User me = client.execute(new GetMe());
			log.info("Connected to the Bot API as @{}", me.getUserName());
			stillRunning();
			lanes = new ChatLanes(properties.chatLanes(), properties.maxHeldUpdates());
			UpdateIntake intake = new UpdateIntake(new UpdateTranslator(me.getUserName()), inbox, lanes, chat,
					replies, inline, meters);
			recovery = Executors.newSingleThreadScheduledExecutor(task -> {
				Thread thread = new Thread(task, "inbox-recovery");
				thread.setDaemon(true);
				return thread;
			});
			recovery.scheduleWithFixedDelay(() -> resume(intake), 0, 5, TimeUnit.SECONDS);
			long renewEvery = Math.max(100, properties.inboxLease().toMillis() / 4);
			recovery.scheduleWithFixedDelay(this::renewHeld, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
			recovery.scheduleWithFixedDelay(this::forgetAnswered, 1, 60, TimeUnit.MINUTES);
			recovery.scheduleWithFixedDelay(() -> flushAnswered(false), ANSWERS_FLUSHED_EVERY.toMillis(),
					ANSWERS_FLUSHED_EVERY.toMillis(), TimeUnit.MILLISECONDS);
			source.start(intake);
			// After the first poll is on its way: the menu's calls would delay it, and an update
			// answered before the menu is there is answered all the same.
			new CommandMenu(client, chat).publish(admins.configured());
			stillRunning();
		}
		catch (TelegramApiException | RuntimeException ex) {
			// A failed attempt leaves nothing running (the next one starts afresh), and one that
			// ends after stop() began stops what it started.
			stopReceiving();
			throw ex;
		}
	}

	/** The application may have begun to stop while the attempt waited for Telegram. */
	private void stillRunning() {
		if (!running) {
			throw new CancellationException("The application is stopping");
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

	/**
	 * Writes down the answers noted: at a stop all of them, since no poll comes after it to take
	 * them along; on the timer only when no poll took them along lately.
	 */
	private void flushAnswered(boolean stopping) {
		try {
			if (stopping) {
				inbox.flushAnsweredAtStop(LAST_WRITE_PATIENCE);
			}
			else {
				inbox.flushAnsweredUnlessPolledWithin(ANSWERS_FLUSHED_EVERY);
			}
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

	/**
	 * Stops taking updates and finishes those being answered: at most 5 s for an attempt to
	 * start that is on its way, then 5 s for the chats' lanes.
	 */
	@Override
	public void stop() {
		running = false;
		retries.cancel();
		stopReceiving();
	}

	private synchronized void stopReceiving() {
		source.stop();
		if (recovery != null) {
			recovery.shutdownNow();
			recovery = null;
		}
		if (lanes == null) {
			return;
		}
		try {
			lanes.close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		lanes = null;
		flushAnswered(true);
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
