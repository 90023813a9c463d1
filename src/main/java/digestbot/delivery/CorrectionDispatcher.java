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

/**
 * Makes the edits of the corrections an admin sent: one thread claims places with due edits and
 * hands each to a sender thread ({@link CorrectionSender}), which makes its next edit at its turn
 * in the {@link SendBudget}. A place gets one edit per turn, at the pace of its chat. Started and
 * stopped with the push ({@code digestbot.push.enabled}); without a {@link Messenger} it edits
 * nothing. At start the edits this instance held when it stopped are taken back.
 */
class CorrectionDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CorrectionDispatcher.class);

	private final CorrectionEdits edits;

	private final SendBudget budget;

	private final SendPacer pacer;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final Supplier<CorrectionSender> senderFactory;

	private final Object wakeUp = new Object();

	private volatile boolean running;

	private boolean woken;

	private Thread thread;

	private ExecutorService senders;

	private Semaphore inFlight;

	private CorrectionSender sender;

	private Instant nextRecovery = Instant.MIN;

	CorrectionDispatcher(CorrectionEdits edits, SendBudget budget, SendPacer pacer, DeliveryProperties properties,
			Clock clock, Supplier<CorrectionSender> senderFactory) {
		this.edits = edits;
		this.budget = budget;
		this.pacer = pacer;
		this.properties = properties;
		this.clock = clock;
		this.senderFactory = senderFactory;
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		sender = senderFactory.get();
		running = true;
		if (sender == null) {
			return;
		}
		int recovered = edits.recoverOwn(properties.instanceId());
		if (recovered > 0) {
			log.warn("{} edits of a correction were being made when this instance stopped; they are made again",
					recovered);
		}
		nextRecovery = Instant.MIN;
		inFlight = new Semaphore(properties.senderThreads());
		senders = Executors.newFixedThreadPool(properties.senderThreads(), DaemonThreads.named("correction-sender-"));
		thread = DaemonThreads.named("correction-dispatcher").newThread(this::run);
		thread.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		wake();
		if (thread == null) {
			return;
		}
		try {
			thread.join(TimeUnit.SECONDS.toMillis(10));
			senders.shutdown();
			senders.awaitTermination(15, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public boolean isAutoStartup() {
		return properties.enabled();
	}

	/** A correction was sent: look for its edits now. */
	void wake() {
		synchronized (wakeUp) {
			woken = true;
			wakeUp.notifyAll();
		}
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
				log.error("The correction dispatcher failed a step; trying again", ex);
				await(properties.pollInterval());
			}
		}
	}

	private void step() throws InterruptedException {
		Instant now = clock.instant();
		if (!now.isBefore(nextRecovery)) {
			nextRecovery = now.plus(properties.recoverInterval());
			edits.recoverExpired(now);
		}
		Instant pausedUntil = pacer.pausedAt(now);
		if (pausedUntil != null) {
			await(Duration.between(now, pausedUntil));
			return;
		}
		inFlight.acquire();
		int free = inFlight.availablePermits() + 1;
		String token = properties.instanceId() + ":" + UUID.randomUUID();
		List<EditClaim> claims = edits.claim(free, now, now.plus(properties.lease()), token);
		inFlight.release();
		if (claims.isEmpty()) {
			await(properties.pollInterval());
			return;
		}
		for (EditClaim claim : claims) {
			Duration chatBusy = budget.takeChatTurn(claim.place().chatId());
			if (!chatBusy.isZero()) {
				edits.release(claim, now.plus(chatBusy));
				continue;
			}
			inFlight.acquire();
			senders.execute(() -> {
				try {
					sender.send(claim);
				}
				finally {
					inFlight.release();
				}
			});
		}
	}

	private void await(Duration duration) {
		Duration bounded = duration.compareTo(properties.pollInterval()) > 0 ? properties.pollInterval() : duration;
		synchronized (wakeUp) {
			try {
				if (!woken && !bounded.isNegative() && !bounded.isZero()) {
					wakeUp.wait(Math.max(1, bounded.toMillis()));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			woken = false;
		}
	}

}
