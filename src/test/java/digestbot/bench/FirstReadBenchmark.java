package digestbot.bench;

import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * What a cold JVM's first getUpdates answer costs: reads the same answer of 100 {@code /latest}
 * messages five times, as TelegramBots' long polling does, and prints each read's time. The
 * first loads, links and introspects the classes of an update; the others show what a read
 * costs once they are there. Not a test: it prints figures.
 *
 * <p>{@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=FirstReadBenchmark
 * -Dbench.jvm=-XX:+UseSerialGC}
 */
public final class FirstReadBenchmark {

	private static final int READS = 5;

	private FirstReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> updates = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			long user = 10_000 + i;
			updates.add("{\"update_id\":" + (1_000 + i) + ",\"message\":{\"message_id\":" + i + ",\"from\":{\"id\":"
					+ user + ",\"is_bot\":false,\"first_name\":\"U\",\"language_code\":\"nl\"},\"chat\":{\"id\":" + user
					+ ",\"type\":\"private\",\"first_name\":\"U\"},\"date\":1700000000,\"text\":\"/latest\","
					+ "\"entities\":[{\"offset\":0,\"length\":7,\"type\":\"bot_command\"}]}}");
		}
		String answer = "{\"ok\":true,\"result\":[" + String.join(",", updates) + "]}";
		GetUpdates getUpdates = GetUpdates.builder().offset(0).limit(100).timeout(50).build();
		for (int read = 1; read <= READS; read++) {
			long start = System.nanoTime();
			List<Update> result = getUpdates.deserializeResponse(answer);
			System.out.printf("read %d: %d updates in %.1f ms%n", read, result.size(), (System.nanoTime() - start) / 1e6);
		}
	}

}
