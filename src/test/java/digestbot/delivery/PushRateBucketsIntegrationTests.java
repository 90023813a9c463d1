package digestbot.delivery;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.BucketProxy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** One pace for every instance on a PostgreSQL database; each its own on H2. */
@SpringBootTest(properties = PushTestConfiguration.ENABLED)
abstract class PushRateBucketsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@OnH2
	static class OnH2Tests extends PushRateBucketsIntegrationTests {

		@Test
		void eachInstancePacesItselfAlone() {
			assertThat(PushRateBuckets.forDatabase(dataSource, 30)).isNotInstanceOf(BucketProxy.class);
		}

	}

	@OnPostgres
	static class OnPostgresTests extends PushRateBucketsIntegrationTests {

		/** Two pacers, as of two instances: together they keep to one pace (alone, they would take half the time). */
		@Test
		void everyInstanceTakesItsTokensFromOneBucket() throws Exception {
			double pace = 50;
			long start = System.nanoTime();
			CompletableFuture<Void> first = CompletableFuture.runAsync(() -> take(instance(pace), 40));
			CompletableFuture<Void> second = CompletableFuture.runAsync(() -> take(instance(pace), 40));
			first.get(20, TimeUnit.SECONDS);
			second.get(20, TimeUnit.SECONDS);
			long elapsed = System.nanoTime() - start;

			assertThat(elapsed).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(79 * 1000 / 50));
			assertThat(rows(pace)).isOne();
		}

		@Test
		void aChangedPaceHasABucketOfItsOwn() throws InterruptedException {
			instance(40).acquire();
			instance(20).acquire();

			assertThat(rows(40)).isOne();
			assertThat(rows(20)).isOne();
		}

		/** What a token costs the database, printed: no assertion on time. */
		@Test
		void aTokenIsOneShortTransaction() {
			Bucket bucket = PushRateBuckets.shared(dataSource, 1_000_000);
			int tokens = 300;
			for (int i = 0; i < tokens; i++) { // warms the code up
				bucket.tryConsume(1);
			}
			long start = System.nanoTime();
			for (int i = 0; i < tokens; i++) {
				bucket.tryConsume(1);
			}
			long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start) / tokens;
			System.out.printf("Shared push rate: %d µs a token on a local PostgreSQL%n", micros);
			assertThat(bucket).isInstanceOf(BucketProxy.class);
		}

		private SendPacer instance(double pace) {
			return new SendPacer(PushRateBuckets.forDatabase(dataSource, pace), pace);
		}

		private int rows(double pace) {
			return jdbc.sql("select count(*) from push_rate_bucket where id = ? and state is not null")
				.param(PushRateBuckets.period(pace).toNanos())
				.query(Integer.class)
				.single();
		}

	}

	static void take(SendPacer pacer, int count) {
		try {
			for (int i = 0; i < count; i++) {
				pacer.acquire();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
