package digestbot.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import digestbot.fakebotapi.Delivery;
import digestbot.fakebotapi.FakeBotApi;
import digestbot.fakebotapi.SentMessage;

/**
 * Reply latencies as the fake Bot API sees them: in each chat the n-th update handed out in a
 * getUpdates answer is paired with the n-th message the bot sent there.
 *
 * @param sortedNanos one latency per answered update, ascending
 * @param elapsedNanos from the first update handed out to the last reply
 */
record ReplyLatencies(List<Long> sortedNanos, long elapsedNanos, List<long[]> byDelivery) {

	static ReplyLatencies of(FakeBotApi telegram) {
		Map<Long, List<Delivery>> deliveries = new HashMap<>();
		for (Delivery delivery : telegram.deliveries()) {
			deliveries.computeIfAbsent(delivery.chatId(), chat -> new ArrayList<>()).add(delivery);
		}
		Map<Long, List<SentMessage>> replies = new HashMap<>();
		for (SentMessage reply : telegram.sentMessages()) {
			replies.computeIfAbsent(reply.chatId(), chat -> new ArrayList<>()).add(reply);
		}
		List<Long> latencies = new ArrayList<>();
		List<long[]> byDelivery = new ArrayList<>();
		long firstDelivered = Long.MAX_VALUE;
		long lastReply = Long.MIN_VALUE;
		for (Map.Entry<Long, List<Delivery>> chat : deliveries.entrySet()) {
			List<Delivery> updates = chat.getValue();
			updates.sort(Comparator.comparingInt(Delivery::updateId));
			List<SentMessage> answers = replies.getOrDefault(chat.getKey(), List.of());
			for (int i = 0; i < Math.min(updates.size(), answers.size()); i++) {
				latencies.add(answers.get(i).receivedAtNanos() - updates.get(i).deliveredAtNanos());
				byDelivery.add(new long[] { updates.get(i).deliveredAtNanos(), latencies.get(latencies.size() - 1) });
				firstDelivered = Math.min(firstDelivered, updates.get(i).deliveredAtNanos());
				lastReply = Math.max(lastReply, answers.get(i).receivedAtNanos());
			}
		}
		latencies.sort(null);
		byDelivery.sort(Comparator.comparingLong(pair -> pair[0]));
		return new ReplyLatencies(latencies, latencies.isEmpty() ? 0 : lastReply - firstDelivered, byDelivery);
	}

	/**
	 * The latencies of the updates handed out in each second from the first on, one line a second
	 * for the first {@code seconds}: how many, their median and their slowest, in milliseconds.
	 * Where a first minute's p99 comes from: a stall of the first seconds or a steady queue.
	 */
	List<String> timeline(int seconds) {
		List<String> lines = new ArrayList<>();
		if (this.byDelivery.isEmpty()) {
			return lines;
		}
		long first = this.byDelivery.get(0)[0];
		int next = 0;
		for (int second = 0; second < seconds && next < this.byDelivery.size(); second++) {
			List<Long> inSecond = new ArrayList<>();
			long end = first + (second + 1) * 1_000_000_000L;
			while (next < this.byDelivery.size() && this.byDelivery.get(next)[0] < end) {
				inSecond.add(this.byDelivery.get(next++)[1]);
			}
			inSecond.sort(null);
			lines.add(inSecond.isEmpty() ? String.format("second %d: none", second)
					: String.format("second %d: %d updates, p50 %.1f ms, max %.1f ms", second, inSecond.size(),
							inSecond.get(inSecond.size() / 2) / 1e6, inSecond.get(inSecond.size() - 1) / 1e6));
		}
		return lines;
	}

	int answered() {
		return this.sortedNanos.size();
	}

	double elapsedSeconds() {
		return this.elapsedNanos / 1e9;
	}

	/** The latency at this percentile in milliseconds (100 is the maximum), NaN when none. */
	double percentileMillis(int percent) {
		if (this.sortedNanos.isEmpty()) {
			return Double.NaN;
		}
		int index = Math.min(this.sortedNanos.size() - 1, (int) Math.ceil(percent / 100.0 * this.sortedNanos.size()) - 1);
		return this.sortedNanos.get(Math.max(0, index)) / 1e6;
	}

}
