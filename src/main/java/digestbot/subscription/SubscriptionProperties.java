package digestbot.subscription;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for new subscribers, bound under {@code digestbot.subscription}.
 *
 * @param pushTime the default local push time
 * @param zone the default time zone
 */
@ConfigurationProperties("digestbot.subscription")
public record SubscriptionProperties(@DefaultValue("07:30") LocalTime pushTime,
		@DefaultValue("Europe/Brussels") ZoneId zone) {
}
