package digestbot.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when a bot token and a webhook URL are configured. */
class OnWebhook implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		return !environment.getProperty("digestbot.telegram.bot-token", "").isBlank()
				&& !environment.getProperty("digestbot.telegram.webhook-url", "").isBlank();
	}

}
