package digestbot.delivery;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the push's threads; daemons, so that they never keep the JVM alive. */
final class DaemonThreads {

	private DaemonThreads() {
	}

	/** Threads named {@code prefix} and, when it ends with a dash, a number. */
	static ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, prefix.endsWith("-") ? prefix + count.incrementAndGet() : prefix);
			thread.setDaemon(true);
			return thread;
		};
	}

}
