package digestbot.delivery;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the tests move and a messenger that keeps what it is sent. */
@TestConfiguration(proxyBeanMethods = false)
class PushTestConfiguration {

	/** The scheduled parts off (tests drive them), quick retries and polls, a rate that never waits long. */
	static final String ENABLED = "digestbot.push.enabled=false";

	static final String RATE = "digestbot.push.rate=200";

	static final String RETRY = "digestbot.push.retry-delay=50ms";

	static final String ATTEMPTS = "digestbot.push.max-attempts=3";

	static final String POLL = "digestbot.push.poll-interval=50ms";

	static final String INSTANCE = "digestbot.push.instance-id=digestbot-test";

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
