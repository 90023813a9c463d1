package digestbot.console;

import digestbot.chat.ChatService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts the terminal chat when no bot token is configured; the application ends with the input. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoBotToken.class)
class ConsoleConfiguration {

	@Bean
	ApplicationRunner consoleChat(ChatService chat, ConfigurableApplicationContext context,
			@Value("${digestbot.console.language:nl}") String language) {
		return args -> {
			new ConsoleChat(chat, language, System.getProperty("user.name")).run(System.in, System.out);
			System.exit(SpringApplication.exit(context, () -> 0));
		};
	}

}
