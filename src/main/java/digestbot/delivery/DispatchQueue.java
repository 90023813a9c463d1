package digestbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The chats whose turn has come and those waiting for a time (the next part of a long message, a
 * plain-text resend); also the dispatcher's alarm clock, woken when new work arrives.
 */
final class DispatchQueue {

	private final Deque<Dispatch> ready = new ArrayDeque<>();

	private final PriorityQueue<Dispatch> later = new PriorityQueue<>(Comparator.comparing(Dispatch::notBefore));

	private boolean woken;

	synchronized void add(Dispatch dispatch) {
		ready.addLast(dispatch);
	}

	/** Queues a dispatch for its {@code notBefore} and wakes the dispatcher. */
	synchronized void later(Dispatch dispatch) {
		later.add(dispatch);
		wake();
	}

	/** The next dispatch due at {@code now}: waiting ones first, they hold a chat's claim. */
	synchronized Dispatch poll(Instant now) {
		while (!later.isEmpty() && !later.peek().notBefore().isAfter(now)) {
			ready.addFirst(later.poll());
		}
		return ready.pollFirst();
	}

	synchronized int readyCount() {
		return ready.size();
	}

	/** How long until the first waiting dispatch is due, at most {@code max}. */
	synchronized Duration timeToNext(Instant now, Duration max) {
		if (later.isEmpty()) {
			return max;
		}
		Duration wait = Duration.between(now, later.peek().notBefore());
		return wait.compareTo(max) < 0 ? wait : max;
	}

	/** Removes and returns the dispatches that have not started their message. */
	synchronized List<Dispatch> drainUnstarted() {
		List<Dispatch> unstarted = new ArrayList<>();
		for (Dispatch dispatch : ready) {
			if (dispatch.isStarted()) {
				later.add(dispatch);
			}
			else {
				unstarted.add(dispatch);
			}
		}
		ready.clear();
		later.removeIf(dispatch -> !dispatch.isStarted() && unstarted.add(dispatch));
		return unstarted;
	}

	/** Removes and returns everything. */
	synchronized List<Dispatch> drainAll() {
		List<Dispatch> drained = new ArrayList<>(ready);
		drained.addAll(later);
		ready.clear();
		later.clear();
		return drained;
	}

	/** Sleeps up to {@code timeout} or until woken. */
	synchronized void await(Duration timeout) throws InterruptedException {
		long millis = Math.max(1, timeout.toMillis());
		if (!woken) {
			wait(millis);
		}
		woken = false;
	}

	synchronized void wake() {
		woken = true;
		notifyAll();
	}

}
