package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Sends the outbox: one dispatcher thread claims chats whose turn has come and hands each to a
 * small pool of sender threads, which render its message and take their turns in the
 * {@link SendBudget} (at the pace of {@link SendPacer}, behind any waiting reply) right before
 * they call Telegram, so that neither rendering nor Telegram's latency bunches the sends. A chat gets one message per turn; the rest of its deliveries go back to
 * the outbox for a turn at least a second later (three in a group). Started with the
 * application when {@code digestbot.push.enabled}; without a {@link Messenger} (no Telegram
 * token) it sends nothing and the outbox just fills. Stopping hands every chat not yet sent
 * back to the outbox; at start-up the claims this instance left behind are taken back.
 */
class DeliveryDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	private static final int MAX_CHATS_PER_CLAIM = 500;

	private final Outbox outbox;

	private final DeliveryRecorder recorder;

	private final DispatchQueue queue;

	private final SendPacer pacer;

	private final SendBudget budget;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final Supplier<PushSender> senderFactory;

	private final int chatsPerClaim;

	private volatile boolean running;

	private Thread pacerThread;

	private ExecutorService senders;

	private Semaphore inFlight;

	private PushSender sender;

	private Instant nextRecovery = Instant.MIN;

	private volatile Instant nextClaim = Instant.MIN;

	DeliveryDispatcher(Outbox outbox, DeliveryRecorder recorder, DispatchQueue queue, SendPacer pacer,
			SendBudget budget, DeliveryProperties properties, Clock clock, Supplier<PushSender> senderFactory) {
		this.outbox = outbox;
		this.recorder = recorder;
		this.queue = queue;
		this.pacer = pacer;
		this.budget = budget;
		this.properties = properties;
		this.clock = clock;
		this.senderFactory = senderFactory;
		this.chatsPerClaim = (int) Math.max(1, Math.min(MAX_CHATS_PER_CLAIM, Math.ceil(properties.pace())));
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		sender = senderFactory.get();
		running = true;
		if (sender == null) {
			log.info("No messenger: pushes are planned but not sent");
			return;
		}
		int recovered = outbox.recoverOwn(properties.instanceId());
		if (recovered > 0) {
			log.warn("{} push deliveries were being sent when this instance stopped; they are sent again", recovered);
		}
		pacer.resume();
		nextClaim = Instant.MIN;
		nextRecovery = Instant.MIN;
		inFlight = new Semaphore(properties.senderThreads());
		senders = Executors.newFixedThreadPool(properties.senderThreads(), DaemonThreads.named("push-sender-"));
		pacerThread = DaemonThreads.named("push-pacer").newThread(this::run);
		pacerThread.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		queue.wake();
		if (pacerThread == null) {
			return;
		}
		try {
			pacerThread.join(TimeUnit.SECONDS.toMillis(10));
			senders.shutdown();
			senders.awaitTermination(15, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Instant now = clock.instant();
		for (Dispatch dispatch : queue.drainAll()) {
			recorder.release(dispatch.claim(), now);
		}
		pacerThread = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public boolean isAutoStartup() {
		return properties.enabled();
	}

	@EventListener
	void onPushPlanned(PushPlanned planned) {
		nextClaim = Instant.MIN;
		queue.wake();
	}

	private void run() {
		while (running) {
			try {
				step();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("The push dispatcher failed a step; trying again", ex);
				nextClaim = clock.instant().plus(properties.pollInterval());
			}
		}
	}

	private void step() throws InterruptedException {
		Instant now = clock.instant();
		recoverWhenDue(now);
		Instant pausedUntil = pacer.pausedAt(now);
		if (pausedUntil != null) {
			queue.drainUnstarted().forEach(dispatch -> recorder.release(dispatch.claim(), pausedUntil));
			sleep(Duration.between(now, pausedUntil));
			return;
		}
		if (queue.readyCount() <= chatsPerClaim / 2 && !now.isBefore(nextClaim)) {
			claim(now);
		}
		Dispatch next = queue.poll(now);
		if (next == null) {
			sleep(queue.timeToNext(now, nextClaim.isAfter(now) ? Duration.between(now, nextClaim) : Duration.ZERO));
			return;
		}
		Duration chatBusy = budget.takeChatTurn(next.claim().chatId());
		if (!chatBusy.isZero()) { // a reply went to this chat a moment ago
			queue.later(next.at(now.plus(chatBusy)));
			return;
		}
		inFlight.acquire();
		senders.execute(() -> {
			try {
				sender.send(next);
			}
			finally {
				inFlight.release();
			}
		});
	}

	private void claim(Instant now) {
		String token = properties.instanceId() + ":" + UUID.randomUUID();
		List<ChatClaim> claims = outbox.claim(chatsPerClaim, now, now.plus(properties.lease()), token);
		claims.forEach(claim -> queue.add(Dispatch.of(claim, now)));
		// None: the outbox has nothing due now; look again later, or when a push is planned.
		nextClaim = claims.isEmpty() ? now.plus(properties.pollInterval()) : Instant.MIN;
	}

	private void recoverWhenDue(Instant now) {
		if (now.isBefore(nextRecovery)) {
			return;
		}
		nextRecovery = now.plus(properties.recoverInterval());
		int recovered = outbox.recoverExpired(now);
		if (recovered > 0) {
			log.warn("{} push deliveries of an expired claim are pending again", recovered);
		}
	}

	private void sleep(Duration duration) throws InterruptedException {
		Duration bounded = duration.compareTo(properties.pollInterval()) > 0 ? properties.pollInterval() : duration;
		if (!bounded.isNegative() && !bounded.isZero()) {
			queue.await(bounded);
		}
	}

}
