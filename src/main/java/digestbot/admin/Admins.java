package digestbot.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Decides who is an admin: the configured user ids and, only when no bot token is configured,
 * the terminal chat's local user (id 0, which Telegram never uses).
 */
@Component
public class Admins {

	/** The user id of the terminal chat's local user. */
	public static final long LOCAL_USER = 0;

	private static final Logger log = LoggerFactory.getLogger(Admins.class);

	private final AdminProperties properties;

	private final boolean localMode;

	Admins(AdminProperties properties, Environment environment) {
		this.properties = properties;
		this.localMode = environment.getProperty("digestbot.telegram.bot-token", "").isBlank();
	}

	public boolean isAdmin(long userId) {
		return properties.admins().contains(userId) || (localMode && userId == LOCAL_USER);
	}

	/** Checks and logs a refused attempt, so attempts at admin commands leave a trace. */
	public boolean allows(long userId, String what) {
		boolean allowed = isAdmin(userId);
		if (!allowed) {
			log.warn("Refused admin command {} from user {}", what, userId);
		}
		return allowed;
	}

	public java.util.Set<Long> configured() {
		return properties.admins();
	}

}
