package digestbot.chat;

import org.junit.jupiter.api.Test;

import static digestbot.chat.FloodVerdict.ALLOW;
import static digestbot.chat.FloodVerdict.IGNORE;
import static digestbot.chat.FloodVerdict.NOTIFY;
import static org.assertj.core.api.Assertions.assertThat;

/** The flood guard's verdict on a count, and its choice of statement. */
class FloodGuardTests {

	@Test
	void allowsUpToTheLimitThenNotifiesOnceThenIgnores() {
		assertThat(FloodVerdict.of(1, 20)).isEqualTo(ALLOW);
		assertThat(FloodVerdict.of(20, 20)).isEqualTo(ALLOW);
		assertThat(FloodVerdict.of(21, 20)).isEqualTo(NOTIFY);
		assertThat(FloodVerdict.of(22, 20)).isEqualTo(IGNORE);
		assertThat(FloodVerdict.of(5_000, 20)).isEqualTo(IGNORE);
	}

	@Test
	void countsOnPostgresqlWithItsOwnUpsert() {
		assertThat(FloodGuard.Dialect.of("PostgreSQL")).isEqualTo(FloodGuard.Dialect.POSTGRESQL);
		assertThat(FloodGuard.Dialect.of("H2")).isEqualTo(FloodGuard.Dialect.H2);
	}

}
