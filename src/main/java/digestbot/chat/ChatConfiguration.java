package digestbot.chat;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bot's texts, loaded and checked once at start, and what the chat keeps between two
 * commands, in the database every instance shares.
 */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	Messages messages() {
		return Messages.load();
	}

	@Bean
	ChatMemory chatMemory(JdbcClient jdbc, Clock clock) {
		return new ChatMemory(jdbc, clock);
	}

}
