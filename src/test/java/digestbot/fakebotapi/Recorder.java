package digestbot.fakebotapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** What the bot did, in arrival order; waiters are woken on each new record. */
final class Recorder {

	private final List<SentMessage> sent = new ArrayList<>();

	private final List<SentMessage> edits = new ArrayList<>();

	private final List<SentDocument> documents = new ArrayList<>();

	private final List<CallbackAnswer> callbackAnswers = new ArrayList<>();

	private final List<CommandsSet> commands = new ArrayList<>();

	private final List<InlineQueryAnswer> inlineAnswers = new ArrayList<>();

	synchronized void sent(SentMessage message) {
		this.sent.add(message);
		notifyAll();
	}

	synchronized void sent(SentDocument document) {
		this.documents.add(document);
		notifyAll();
	}

	synchronized List<SentDocument> documents(long chatId) {
		return this.documents.stream().filter((document) -> document.chatId() == chatId).toList();
	}

	synchronized void edited(SentMessage edit) {
		this.edits.add(edit);
		notifyAll();
	}

	synchronized void answered(CallbackAnswer answer) {
		this.callbackAnswers.add(answer);
		notifyAll();
	}

	synchronized void answered(InlineQueryAnswer answer) {
		this.inlineAnswers.add(answer);
		notifyAll();
	}

	synchronized List<InlineQueryAnswer> inlineAnswers() {
		return List.copyOf(this.inlineAnswers);
	}

	synchronized void commandsSet(CommandsSet set) {
		this.commands.add(set);
		notifyAll();
	}

	synchronized List<SentMessage> sentMessages() {
		return List.copyOf(this.sent);
	}

	synchronized List<SentMessage> sentMessages(long chatId) {
		return inChat(this.sent, chatId);
	}

	synchronized List<SentMessage> edits() {
		return List.copyOf(this.edits);
	}

	synchronized List<SentMessage> edits(long chatId) {
		return inChat(this.edits, chatId);
	}

	synchronized List<CallbackAnswer> callbackAnswers() {
		return List.copyOf(this.callbackAnswers);
	}

	synchronized List<CommandsSet> commandsSet() {
		return List.copyOf(this.commands);
	}

	synchronized void clear() {
		this.sent.clear();
		this.edits.clear();
		this.documents.clear();
		this.callbackAnswers.clear();
		this.commands.clear();
		this.inlineAnswers.clear();
	}

	/**
	 * Waits until {@code records} holds at least {@code count} entries.
	 * @throws AssertionError naming {@code what} and what arrived when the time is up
	 */
	synchronized <T> List<T> await(Supplier<List<T>> records, int count, Duration timeout, String what) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<T> seen = records.get();
		while (seen.size() < count) {
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				throw new AssertionError("Expected " + count + " " + what + " within " + timeout + " but got "
						+ seen.size() + ": " + seen);
			}
			try {
				TimeUnit.NANOSECONDS.timedWait(this, remaining);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for " + what, ex);
			}
			seen = records.get();
		}
		return seen;
	}

	private static List<SentMessage> inChat(List<SentMessage> messages, long chatId) {
		return messages.stream().filter((message) -> message.chatId() == chatId).toList();
	}

}
