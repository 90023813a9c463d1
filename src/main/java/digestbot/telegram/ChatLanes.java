package digestbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work for many chats at once while keeping the work of one chat in order: each chat is
 * bound to one of a fixed number of single-threaded lanes.
 */
class ChatLanes implements AutoCloseable {

	private final List<ExecutorService> lanes = new ArrayList<>();

	ChatLanes(int count) {
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

	void submit(long chatId, Runnable work) {
		lanes.get(Math.floorMod(Long.hashCode(chatId), lanes.size())).execute(work);
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
