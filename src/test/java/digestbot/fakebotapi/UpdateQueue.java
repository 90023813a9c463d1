package digestbot.fakebotapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The updates waiting for the bot, served by long polling as Telegram does: an update stays until
 * a getUpdates call confirms it with a higher {@code offset}, a call waits up to {@code timeout}
 * seconds for one, and a newer call ends the one still waiting with 409 Conflict. An update of a
 * kind the bot's last {@code allowed_updates} leaves out is never made, as on Telegram.
 */
final class UpdateQueue {

	static final int MAX_TIMEOUT_SECONDS = 50;

	private static final Failure CONFLICT = Failure.of(409,
			"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

	private record Pending(int updateId, long chatId, long enqueuedAtNanos, ObjectNode json) {
	}

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final ArrayDeque<Pending> pending = new ArrayDeque<>();

	private final Map<Integer, Delivery> deliveries = new LinkedHashMap<>();

	private int lastUpdateId = 1000;

	private long pollGeneration;

	private long redeliveries;

	private boolean closed;

	/** The kinds Telegram sends when the bot names none (or an empty list). */
	private static final List<String> NOT_BY_DEFAULT = List.of("chat_member", "message_reaction",
			"message_reaction_count");

	private List<String> allowed = List.of();

	/** Adds an update built for its new update_id. */
	int enqueue(long chatId, IntFunction<ObjectNode> update) {
		this.lock.lock();
		try {
			int updateId = ++this.lastUpdateId;
			ObjectNode json = update.apply(updateId);
			if (isAllowed(json)) {
				this.pending.add(new Pending(updateId, chatId, System.nanoTime(), json));
				this.changed.signalAll();
			}
			return updateId;
		}
		finally {
			this.lock.unlock();
		}
	}

	ArrayNode poll(long offset, int limit, int timeoutSeconds) {
		this.lock.lock();
		try {
			long generation = ++this.pollGeneration;
			this.changed.signalAll();
			confirm(offset);
			long remaining = TimeUnit.SECONDS.toNanos(Math.max(0, Math.min(timeoutSeconds, MAX_TIMEOUT_SECONDS)));
			while (this.pending.isEmpty() && !this.closed && remaining > 0) {
				remaining = this.changed.awaitNanos(remaining);
				if (generation != this.pollGeneration) {
					throw CONFLICT.toException();
				}
			}
			return handOut(Math.max(1, Math.min(limit, 100)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Json.array();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Drops the updates below {@code offset}; a negative one keeps only the last -offset. */
	private void confirm(long offset) {
		if (offset < 0) {
			while (this.pending.size() > -offset) {
				this.pending.removeFirst();
			}
			return;
		}
		for (Iterator<Pending> it = this.pending.iterator(); it.hasNext();) {
			if (it.next().updateId() < offset) {
				it.remove();
			}
		}
	}

	private ArrayNode handOut(int limit) {
		ArrayNode result = Json.array();
		long now = System.nanoTime();
		for (Pending update : this.pending) {
			if (result.size() == limit) {
				break;
			}
			Delivery delivery = new Delivery(update.updateId(), update.chatId(), update.enqueuedAtNanos(), now);
			if (this.deliveries.putIfAbsent(update.updateId(), delivery) != null) {
				this.redeliveries++;
			}
			result.add(update.json().deepCopy());
		}
		return result;
	}

	void continueAfter(int updateId) {
		locked(() -> {
			this.lastUpdateId = Math.max(this.lastUpdateId, updateId);
			return null;
		});
	}

	void allow(List<String> types) {
		locked(() -> {
			this.allowed = List.copyOf(types);
			return null;
		});
	}

	List<String> allowed() {
		return locked(() -> this.allowed);
	}

	private boolean isAllowed(ObjectNode update) {
		String type = update.propertyNames().stream().filter((name) -> !name.equals("update_id")).findFirst().orElse("");
		return this.allowed.isEmpty() ? !NOT_BY_DEFAULT.contains(type) : this.allowed.contains(type);
	}

	int pendingCount() {
		return locked(() -> this.pending.size());
	}

	/** How many times an update went out again because it had not been confirmed. */
	long redeliveries() {
		return locked(() -> this.redeliveries);
	}

	List<Delivery> deliveries() {
		return locked(() -> new ArrayList<>(this.deliveries.values()));
	}

	Delivery delivery(int updateId) {
		return locked(() -> this.deliveries.get(updateId));
	}

	void clearDeliveries() {
		locked(() -> {
			this.deliveries.clear();
			this.redeliveries = 0;
			return null;
		});
	}

	/** Wakes every waiting poller with an empty answer; later polls answer at once. */
	void close() {
		locked(() -> {
			this.closed = true;
			this.changed.signalAll();
			return null;
		});
	}

	private <T> T locked(Supplier<T> action) {
		this.lock.lock();
		try {
			return action.get();
		}
		finally {
			this.lock.unlock();
		}
	}

}
