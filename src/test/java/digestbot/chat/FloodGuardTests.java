package digestbot.chat;

import org.junit.jupiter.api.Test;

import static digestbot.chat.FloodGuard.Verdict.ALLOW;
import static digestbot.chat.FloodGuard.Verdict.IGNORE;
import static digestbot.chat.FloodGuard.Verdict.NOTIFY;
import static org.assertj.core.api.Assertions.assertThat;

/** The flood guard's verdict on a count, and its choice of statement. */
class FloodGuardTests {

	@Test
	void allowsUpToTheLimitThenNotifiesOnceThenIgnores() {
		assertThat(FloodGuard.Verdict.of(1, 20)).isEqualTo(ALLOW);
		assertThat(FloodGuard.Verdict.of(20, 20)).isEqualTo(ALLOW);
		assertThat(FloodGuard.Verdict.of(21, 20)).isEqualTo(NOTIFY);
		assertThat(FloodGuard.Verdict.of(22, 20)).isEqualTo(IGNORE);
		assertThat(FloodGuard.Verdict.of(5_000, 20)).isEqualTo(IGNORE);
	}

	@Test
	void countsOnPostgresqlWithItsOwnUpsert() {
		assertThat(FloodGuard.Dialect.of("PostgreSQL")).isEqualTo(FloodGuard.Dialect.POSTGRESQL);
		assertThat(FloodGuard.Dialect.of("H2")).isEqualTo(FloodGuard.Dialect.H2);
	}

}
