package digestbot.console;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no bot token is configured and the terminal chat is not switched off. */
class NoBotToken implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		boolean enabled = environment.getProperty("digestbot.console.enabled", Boolean.class, true);
		return enabled && environment.getProperty("digestbot.telegram.bot-token", "").isBlank();
	}

}
