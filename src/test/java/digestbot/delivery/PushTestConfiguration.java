package digestbot.delivery;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the tests move and a messenger that keeps what it is sent. */
@TestConfiguration(proxyBeanMethods = false)
class PushTestConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(Instant.parse("2025-01-27T06:30:00Z"));
	}

	@Bean
	InMemoryMessenger inMemoryMessenger() {
		return new InMemoryMessenger();
	}

}
