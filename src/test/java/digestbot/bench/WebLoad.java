package digestbot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-loop load on the web archive: each client sends its next request when the last one was
 * answered, to 127.0.0.1, for a bounded time and a bounded count.
 *
 * @param requests how many were answered (or failed)
 * @param statuses how many got each status; -1 counts a request that failed or timed out
 * @param sortedNanos each request's latency, ascending
 */
record WebLoad(long requests, long elapsedNanos, ConcurrentHashMap<Integer, LongAdder> statuses, long[] sortedNanos) {

	/** A bound on any one run's requests, however fast the answers come. */
	private static final long MAX_REQUESTS = 20_000_000;

	static WebLoad run(String base, List<String> paths, int clients, int seconds) {
		return run(base, paths, clients, seconds, new AtomicBoolean());
	}

	/**
	 * {@code clients} threads, each sending its next request when the last one was answered, for
	 * {@code seconds} or until {@code stop} is set.
	 */
	static WebLoad run(String base, List<String> paths, int clients, int seconds, AtomicBoolean stop) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		List<HttpRequest> requests = paths.stream()
			.map(path -> HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).build())
			.toList();
		LongAdder total = new LongAdder();
		ConcurrentHashMap<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		long started = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			Thread thread = new Thread(() -> {
				long[] mine = new long[1 << 20];
				int count = 0;
				for (int i = client; System.nanoTime() < end && !stop.get() && total.sum() < MAX_REQUESTS; i++) {
					long sent = System.nanoTime();
					int status;
					try {
						status = http.send(requests.get(i % requests.size()), HttpResponse.BodyHandlers.discarding())
							.statusCode();
					}
					catch (Exception ex) {
						status = -1;
					}
					if (count < mine.length) {
						mine[count++] = System.nanoTime() - sent;
					}
					total.increment();
					statuses.computeIfAbsent(status, key -> new LongAdder()).increment();
				}
				latencies.add(Arrays.copyOf(mine, count));
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		long elapsed = System.nanoTime() - started;
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new WebLoad(total.sum(), elapsed, statuses, all);
	}

	double perSecond() {
		return requests / (elapsedNanos / 1e9);
	}

	/** The latency at this percentile in milliseconds (100 is the maximum), NaN when none. */
	double percentileMillis(int percent) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1);
		return sortedNanos[Math.max(0, index)] / 1e6;
	}

}
