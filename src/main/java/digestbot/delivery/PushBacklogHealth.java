package digestbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The push's backlog, for health and metrics. A long backlog is normal (a push to 100,000 chats
 * takes an hour); a backlog that nothing has been sent from for {@link #STALLED} is not.
 */
@Component("pushBacklog")
class PushBacklogHealth implements HealthIndicator, MeterBinder {

	static final Duration STALLED = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Clock clock;

	PushBacklogHealth(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Unknown while the database does not answer: its own indicator is DOWN then, with a 503. */
	@Override
	public Health health() {
		try {
			return backlog();
		}
		catch (DataAccessException ex) {
			return Health.unknown().withException(ex).build();
		}
	}

	private Health backlog() {
		Instant now = clock.instant();
		long due = jdbc.sql("select count(*) from delivery where state in ('PENDING', 'SENDING') and next_attempt_at <= ?")
			.param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.single();
		Instant lastSent = jdbc.sql("select max(sent_at) from delivery")
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.orElse(null);
		Instant oldestDue = jdbc.sql("select min(next_attempt_at) from delivery where state = 'PENDING'")
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.orElse(null);
		boolean stalled = due > 0 && oldestDue != null && oldestDue.isBefore(now.minus(STALLED))
				&& (lastSent == null || lastSent.isBefore(now.minus(STALLED)));
		Health.Builder health = stalled ? Health.down() : Health.up();
		return health.withDetail("due", due).withDetail("lastSent", String.valueOf(lastSent)).build();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("digestbot.outbox.depth", this,
				backlog -> backlog.jdbc.sql("select count(*) from delivery where state in ('PENDING', 'SENDING')")
					.query(Long.class)
					.single())
			.description("Deliveries waiting to be sent")
			.register(registry);
	}

}
