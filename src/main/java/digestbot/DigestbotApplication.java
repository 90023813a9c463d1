package digestbot;

import org.springframework.boot.SpringApplication;
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
		SpringApplication.run(DigestbotApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
