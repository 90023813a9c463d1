package digestbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;
import java.time.Clock;

import digestbot.digest.ParseCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DigestbotApplication {

	/** The exit code of a start that failed: a setting that cannot work, a database out of reach. */
	static final int EXIT_START_FAILED = 1;

	public static void main(String[] args) {
		if (args.length > 0 && "parse".equals(args[0])) {
			// The editors' check: no Spring context, no database.
			String contentDir = System.getenv().getOrDefault("DIGESTBOT_CONTENT_DIR", "./content");
			System.exit(ParseCommand.run(args, System.out, System.err, Path.of(contentDir)));
		}
		SpringApplication application = new SpringApplication(DigestbotApplication.class);
		if (terminalChat(args)) {
			// The terminal chat needs no web server, and two of them should not fight over a port.
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		try {
			application.run(args);
		}
		catch (SpringApplication.AbandonedRunException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// Spring Boot has logged why and closed the context. Exit now rather than when the
			// last non-daemon thread some library started happens to end: a start that failed
			// must not leave a half-started process behind, and the exit code must say so.
			System.exit(EXIT_START_FAILED);
		}
	}

	private static boolean terminalChat(String[] args) {
		String token = System.getenv().getOrDefault("TELEGRAM_BOT_TOKEN", "");
		for (String arg : args) {
			if (arg.startsWith("--digestbot.telegram.bot-token=")) {
				token = arg.substring(arg.indexOf('=') + 1);
			}
		}
		return token.isBlank() && System.getProperty("digestbot.telegram.bot-token", "").isBlank();
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
