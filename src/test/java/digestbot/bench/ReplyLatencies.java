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
record ReplyLatencies(List<Long> sortedNanos, long elapsedNanos) {

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
		long firstDelivered = Long.MAX_VALUE;
		long lastReply = Long.MIN_VALUE;
		for (Map.Entry<Long, List<Delivery>> chat : deliveries.entrySet()) {
			List<Delivery> updates = chat.getValue();
			updates.sort(Comparator.comparingInt(Delivery::updateId));
			List<SentMessage> answers = replies.getOrDefault(chat.getKey(), List.of());
			for (int i = 0; i < Math.min(updates.size(), answers.size()); i++) {
				latencies.add(answers.get(i).receivedAtNanos() - updates.get(i).deliveredAtNanos());
				firstDelivered = Math.min(firstDelivered, updates.get(i).deliveredAtNanos());
				lastReply = Math.max(lastReply, answers.get(i).receivedAtNanos());
			}
		}
		latencies.sort(null);
		return new ReplyLatencies(latencies, latencies.isEmpty() ? 0 : lastReply - firstDelivered);
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
