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
		application.run(args);
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
