package digestbot.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when a bot token is configured. */
class OnBotToken implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String token = context.getEnvironment().getProperty("digestbot.telegram.bot-token", "");
		return !token.isBlank();
	}

}
