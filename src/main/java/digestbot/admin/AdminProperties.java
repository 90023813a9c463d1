package digestbot.admin;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Admin settings, bound under {@code digestbot.admin}.
 *
 * @param admins the Telegram user ids allowed to use admin commands
 * @param publishTime the time of day, in the configured zone, a preview's "Inplannen" plans an
 * issue at on its date, when {@code /publish} named no time
 * @param schedulePoll how often every instance looks for planned issues whose time has come
 */
@ConfigurationProperties("digestbot.admin")
public record AdminProperties(@DefaultValue Set<Long> admins, @DefaultValue("06:00") LocalTime publishTime,
		@DefaultValue("PT10S") Duration schedulePoll) {

	public AdminProperties {
		admins = admins == null ? Set.of() : Set.copyOf(admins);
	}

}
