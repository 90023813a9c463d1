package digestbot.bench;

import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import digestbot.delivery.PushBench;
import digestbot.storage.TestDatabase;
import io.github.bucket4j.Bucket;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a token of the push rate shared through PostgreSQL costs: one short transaction on the
 * bucket's row, timed over many tokens of a bucket too fast ever to make them wait, on the tests'
 * PostgreSQL server (local, on the same machine). Not a test:
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=SharedRateBenchmark [-Dbench.args="2000"]}
 * (tokens).
 */
public final class SharedRateBenchmark {

	private SharedRateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int tokens = (args.length > 0) ? Integer.parseInt(args[0]) : 2000;
		TestDatabase database = TestDatabase.postgres();
		try (ConfigurableApplicationContext context = BenchSetup.start(database.url(), null,
				"spring.datasource.username=" + database.username(),
				"spring.datasource.password=" + database.password())) {
			Bucket bucket = PushBench.sharedRateBucket(context.getBean(DataSource.class), 1_000_000);
			for (int i = 0; i < tokens; i++) { // warms the code and the connections up
				bucket.tryConsume(1);
			}
			long start = System.nanoTime();
			for (int i = 0; i < tokens; i++) {
				bucket.tryConsume(1);
			}
			long elapsed = System.nanoTime() - start;
			System.out.printf("shared push rate: %,d tokens in %.2f s, %d µs a token on a local PostgreSQL%n", tokens,
					BenchSetup.seconds(elapsed), TimeUnit.NANOSECONDS.toMicros(elapsed) / tokens);
		}
		System.exit(0);
	}

}
