package digestbot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollSpacingTests {

	private static final long MS = 1_000_000;

	private long now = 1_000 * MS;

	private final List<Long> sleeps = new ArrayList<>();

	private final PollSpacing spacing = new PollSpacing(Duration.ofMillis(10), () -> now, nanos -> {
		sleeps.add(nanos);
		now += nanos;
	});

	@Test
	void aPollWithAFewUpdatesWaitsForTheGapSinceItBegan() {
		now += 3 * MS;
		spacing.polled(5);

		assertThat(sleeps).containsExactly(7 * MS);
	}

	@Test
	void theNextPollCountsFromTheEndOfTheWait() {
		now += 3 * MS;
		spacing.polled(5);
		now += 4 * MS;
		spacing.polled(2);

		assertThat(sleeps).containsExactly(7 * MS, 6 * MS);
	}

	@Test
	void aFullPollIsFollowedAtOnce() {
		now += 1 * MS;
		spacing.polled(PollSpacing.FULL);

		assertThat(sleeps).isEmpty();
	}

	@Test
	void anEmptyPollIsFollowedAtOnce() {
		now += 1 * MS;
		spacing.polled(0);

		assertThat(sleeps).isEmpty();
	}

	@Test
	void aPollThatTookLongerThanTheGapIsFollowedAtOnce() {
		now += 12 * MS;
		spacing.polled(3);

		assertThat(sleeps).isEmpty();
	}

	@Test
	void noGapNeverWaits() {
		PollSpacing none = new PollSpacing(Duration.ZERO, () -> now, nanos -> sleeps.add(nanos));
		none.polled(1);
		none.polled(50);

		assertThat(sleeps).isEmpty();
	}

}
