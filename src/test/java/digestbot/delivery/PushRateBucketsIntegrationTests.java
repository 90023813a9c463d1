package digestbot.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import digestbot.storage.OnH2;
import digestbot.storage.OnPostgres;
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

		/**
		 * Two pacers, as of two instances: the slots granted to both together are spaced by the
		 * pace's period, as one pacer's are (alone, each would have its own and they would mingle).
		 */
		@Test
		void everyInstanceTakesItsTokensFromOneBucket() throws Exception {
			double pace = 50;
			SendPacer first = instance(pace);
			SendPacer second = instance(pace);

			CompletableFuture<Void> byFirst = CompletableFuture.runAsync(() -> take(first, 40));
			CompletableFuture<Void> bySecond = CompletableFuture.runAsync(() -> take(second, 40));
			byFirst.get(20, TimeUnit.SECONDS);
			bySecond.get(20, TimeUnit.SECONDS);

			List<Long> grants = new ArrayList<>(first.grants());
			grants.addAll(second.grants());
			Collections.sort(grants);
			assertThat(grants).hasSize(80);
			assertThat(SendPacerTests.gaps(grants))
				.allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(PushRateBuckets.period(pace).toNanos()));
			assertThat(rows(pace)).isOne();
		}

		@Test
		void aChangedPaceHasABucketOfItsOwn() throws InterruptedException {
			instance(40).acquire();
			instance(20).acquire();

			assertThat(rows(40)).isOne();
			assertThat(rows(20)).isOne();
		}

		private SendPacer instance(double pace) {
			return new SendPacer(PushRateBuckets.forDatabase(dataSource, pace), pace, Clock.systemUTC());
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
