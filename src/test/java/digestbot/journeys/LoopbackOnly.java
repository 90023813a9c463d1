package digestbot.journeys;

import digestbot.fakebotapi.LoopbackOnlyDns;
import digestbot.telegram.TelegramHttpCustomizer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Confines the application's Telegram client to loopback: no other host, no proxy. */
@TestConfiguration(proxyBeanMethods = false)
public class LoopbackOnly {

	@Bean
	public TelegramHttpCustomizer loopbackOnly() {
		return LoopbackOnlyDns::restrict;
	}

}
