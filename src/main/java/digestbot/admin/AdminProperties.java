package digestbot.admin;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Admin settings, bound under {@code digestbot.admin}.
 *
 * @param admins the Telegram user ids allowed to use admin commands
 */
@ConfigurationProperties("digestbot.admin")
public record AdminProperties(@DefaultValue Set<Long> admins) {

	public AdminProperties {
		admins = admins == null ? Set.of() : Set.copyOf(admins);
	}

}
