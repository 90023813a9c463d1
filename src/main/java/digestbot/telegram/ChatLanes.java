package digestbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work for many chats at once while keeping the work of one chat in order: each chat is
 * bound to one of a fixed number of single-threaded lanes.
 * <p>
 * The lanes hold at most {@code room} updates, waiting or being handled. Whoever brings work
 * reserves its room first and waits while there is none: the poll loop then stops asking
 * Telegram for more, the webhook answers more slowly. Overload makes the bot slower, never
 * queues without end.
 */
class ChatLanes implements AutoCloseable {

	private final List<ExecutorService> lanes = new ArrayList<>();

	private final Semaphore room;

	private final int size;

	ChatLanes(int count, int room) {
		this.room = new Semaphore(room);
		this.size = room;
		AtomicInteger index = new AtomicInteger();
		ThreadFactory threads = task -> {
			Thread thread = new Thread(task, "chat-lane-" + index.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		for (int i = 0; i < count; i++) {
			lanes.add(Executors.newSingleThreadExecutor(threads));
		}
	}

	/** Waits until the lanes have room for {@code updates} more. */
	void reserve(int updates) throws InterruptedException {
		room.acquire(updates);
	}

	/** Reserves room for as many of {@code updates} as fit now; returns how many. */
	int reserveUpTo(int updates) {
		for (int wanted = Math.min(updates, room.availablePermits()); wanted > 0; wanted--) {
			if (room.tryAcquire(wanted)) {
				return wanted;
			}
		}
		return 0;
	}

	/** Gives back room reserved for updates that will not be submitted. */
	void release(int updates) {
		if (updates > 0) {
			room.release(updates);
		}
	}

	/** Runs {@code work}, for which room was reserved, in its chat's lane; its room is free after. */
	void submit(long chatId, Runnable work) {
		lanes.get(Math.floorMod(Long.hashCode(chatId), lanes.size())).execute(() -> {
			try {
				work.run();
			}
			finally {
				room.release();
			}
		});
	}

	/** The updates waiting or being handled now. */
	int held() {
		return size - room.availablePermits();
	}

	/** Lets the work already queued finish, 5 s at most in all (not per lane). */
	@Override
	public void close() throws InterruptedException {
		lanes.forEach(ExecutorService::shutdown);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		for (ExecutorService lane : lanes) {
			lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
	}

}
