package digestbot.chat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bot's texts, loaded and checked once at start. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	Messages messages() {
		return Messages.load();
	}

}
