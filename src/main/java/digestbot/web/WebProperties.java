package digestbot.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web archive's settings, bound under {@code digestbot.web}.
 *
 * @param maxRequestsPerSecond the most archive requests served in a second; more wait for their turn
 * @param maxConcurrentRequests how many archive requests are served at once
 * @param maxWaitingRequests how many more may wait for their turn; beyond that a request is
 * answered 503 at once
 */
@ConfigurationProperties("digestbot.web")
public record WebProperties(@DefaultValue("300") int maxRequestsPerSecond,
		@DefaultValue("2") int maxConcurrentRequests, @DefaultValue("64") int maxWaitingRequests) {

	public WebProperties {
		if (maxRequestsPerSecond < 1 || maxConcurrentRequests < 1 || maxWaitingRequests < 0) {
			throw new IllegalArgumentException("digestbot.web.max-requests-per-second and max-concurrent-requests must"
					+ " be at least 1, max-waiting-requests not negative");
		}
	}

}
