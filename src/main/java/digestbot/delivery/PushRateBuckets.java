package digestbot.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The token buckets that pace the push: one token a message, a single token refilled every
 * {@code 1 / pace} seconds.
 * <p>
 * On PostgreSQL the bucket is shared: its state lives in a row of {@code push_rate_bucket}, so
 * every instance on the database takes its tokens from the same bucket and all of them together
 * keep to the pace. A token costs one short transaction (select the row for update, write its new
 * state, commit: three round trips, a row lock held for two of them); Bucket4j computes the wait
 * for the token's slot inside it, and the instance waits on its own, holding no lock or
 * connection. Bucket4j reads the time from each instance's clock, so the instances' clocks must
 * agree (NTP): a skew of 10 ms lets through at most a third of a message more in a second.
 * <p>
 * The row's id is the refill period in nanoseconds: instances paced alike share a bucket, and a
 * changed rate starts a bucket of its own rather than living on with the one stored (Bucket4j
 * keeps the configuration a bucket was created with). On H2, a file that one process owns, the
 * bucket is local.
 */
final class PushRateBuckets {

	static final String TABLE = "push_rate_bucket";

	// A query of the bucket waits this long at most; the pacer then paces alone (see SendPacer).
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

	private PushRateBuckets() {
	}

	/** Shared on PostgreSQL, local on any other database. */
	static Bucket forDatabase(DataSource dataSource, double perSecond) {
		return isPostgres(dataSource) ? shared(dataSource, perSecond) : local(perSecond);
	}

	static Bucket local(double perSecond) {
		return local(perSecond, TimeMeter.SYSTEM_NANOTIME);
	}

	/** The instance's own bucket, on that clock. */
	static Bucket local(double perSecond, TimeMeter time) {
		return Bucket.builder().withCustomTimePrecision(time).addLimit(limit(perSecond)).build();
	}

	/** One token, refilled every {@code 1 / perSecond}: no burst, ever. */
	static BucketConfiguration configuration(double perSecond) {
		return BucketConfiguration.builder().addLimit(limit(perSecond)).build();
	}

	private static Bandwidth limit(double perSecond) {
		return Bandwidth.builder().capacity(1).refillGreedy(1, period(perSecond)).build();
	}

	static Bucket shared(DataSource dataSource, double perSecond) {
		Duration period = period(perSecond);
		BucketConfiguration configuration = configuration(perSecond);
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.table(TABLE)
			.requestTimeout(REQUEST_TIMEOUT)
			.build()
			.builder()
			.build(period.toNanos(), () -> configuration);
	}

	static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Cannot tell which database this is", ex);
		}
	}

	/** Rounded up: at exactly 30 a second, a period rounded down lets a 31st token into one second. */
	static Duration period(double perSecond) {
		return Duration.ofNanos(Math.max(1, (long) Math.ceil(1_000_000_000d / perSecond)));
	}

}
