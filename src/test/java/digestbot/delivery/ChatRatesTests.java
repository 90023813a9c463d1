package digestbot.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatRatesTests {

	private final ChatRates rates = new ChatRates(Duration.ofSeconds(1), Duration.ofSeconds(3));

	@Test
	void aPrivateChatGetsABurstOfThreeThenAboutOneASecond() {
		for (int i = 0; i < 3; i++) {
			assertThat(rates.tryAcquire(7)).isZero();
		}

		assertThat(rates.tryAcquire(7)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(rates.tryAcquire(8)).as("another chat has its own budget").isZero();
	}

	@Test
	void aGroupGetsABurstOfThreeThenTwentyAMinute() {
		for (int i = 0; i < 3; i++) {
			assertThat(rates.tryAcquire(-1007)).isZero();
		}

		assertThat(rates.tryAcquire(-1007)).isGreaterThan(Duration.ofSeconds(2))
			.isLessThanOrEqualTo(Duration.ofSeconds(3));
	}

}
