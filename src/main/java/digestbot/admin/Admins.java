package digestbot.admin;

import java.util.Set;

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

	private final AdminProperties properties;

	private final boolean localMode;

	Admins(AdminProperties properties, Environment environment) {
		this.properties = properties;
		this.localMode = environment.getProperty("digestbot.telegram.bot-token", "").isBlank();
	}

	/** The one admin check: the chat asks it once per update. */
	public boolean isAdmin(long userId) {
		return properties.admins().contains(userId) || (localMode && userId == LOCAL_USER);
	}

	/** The configured admins' user ids (not the terminal's local user), for their command menus. */
	public Set<Long> configured() {
		return properties.admins();
	}

}
