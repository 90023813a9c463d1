package digestbot.bench;

import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Sends at a fixed rate whatever the answers take (an open loop), as readers do: a slow bot
 * builds a queue and shows it in its latencies, instead of slowing the load down.
 */
final class OpenLoop {

	private OpenLoop() {
	}

	/** Calls {@code send} with 0, 1, ... {@code rate} times a second for {@code seconds}; how many. */
	static int run(int rate, int seconds, IntConsumer send) {
		int total = rate * seconds;
		long start = System.nanoTime();
		long interval = 1_000_000_000L / rate;
		for (int i = 0; i < total; i++) {
			long wait = start + i * interval - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			send.accept(i);
		}
		return total;
	}

}
