package digestbot.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hottest methods (execution samples by their top frame) and allocation sites (sampled
 * allocation weight by top frame) of a Flight Recorder file, counting only events in a window.
 */
final class JfrSummary {

	private final Map<String, Long> samples = new HashMap<>();

	private final Map<String, Long> allocated = new HashMap<>();

	private long totalSamples;

	private long totalAllocated;

	private JfrSummary() {
	}

	static JfrSummary read(Path recording, Instant from, Instant to) throws IOException {
		JfrSummary summary = new JfrSummary();
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
				continue;
			}
			String type = event.getEventType().getName();
			if (type.equals("jdk.ExecutionSample")) {
				summary.samples.merge(topFrame(event.getStackTrace()), 1L, Long::sum);
				summary.totalSamples++;
			}
			else if (type.equals("jdk.ObjectAllocationSample")) {
				long weight = event.getLong("weight");
				summary.allocated.merge(topFrame(event.getStackTrace()), weight, Long::sum);
				summary.totalAllocated += weight;
			}
		}
		return summary;
	}

	void print(int top) {
		System.out.printf("hottest methods (%d execution samples in the measured window):%n", this.totalSamples);
		print(this.samples, this.totalSamples, top, count -> count + " samples");
		System.out.printf("top allocation sites (%.0f MB sampled weight in the measured window):%n",
				this.totalAllocated / 1e6);
		print(this.allocated, this.totalAllocated, top, weight -> String.format("%.0f MB", weight / 1e6));
	}

	private static void print(Map<String, Long> counts, long total, int top, LongFunction<String> amount) {
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(top)
			.forEach(entry -> System.out.printf("  %5.1f%%  %-12s %s%n", 100.0 * entry.getValue() / total,
					amount.apply(entry.getValue()), entry.getKey()));
	}

	private static String topFrame(RecordedStackTrace stack) {
		if (stack == null) {
			return "(no stack)";
		}
		List<RecordedFrame> frames = stack.getFrames();
		if (frames.isEmpty()) {
			return "(no frames)";
		}
		RecordedFrame frame = frames.get(0);
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

}
