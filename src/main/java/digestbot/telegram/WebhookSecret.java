package digestbot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secret Telegram sends with every webhook call: configured, or generated once and kept in
 * the database so that every instance and every restart use the same one.
 */
class WebhookSecret {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

	private final String value;

	WebhookSecret(TelegramProperties properties, JdbcClient jdbc) {
		String configured = properties.webhookSecret();
		this.value = configured != null && !configured.isBlank() ? configured : stored(jdbc);
	}

	String value() {
		return value;
	}

	/** Compares in constant time, so the secret cannot be guessed from response times. */
	boolean matches(String presented) {
		if (presented == null) {
			return false;
		}
		return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
	}

	private static String stored(JdbcClient jdbc) {
		jdbc.sql("""
				insert into setting (setting_name, setting_value) select 'webhook-secret', ?
				where not exists (select 1 from setting where setting_name = 'webhook-secret')""")
			.param(generate())
			.update();
		return jdbc.sql("select setting_value from setting where setting_name = 'webhook-secret'").query(String.class).single();
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder secret = new StringBuilder();
		for (int i = 0; i < 64; i++) {
			secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return secret.toString();
	}

}
