package digestbot.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the planner at the start of every minute, unless {@code digestbot.push.enabled} is false. */
@Component
@ConditionalOnProperty(prefix = "digestbot.push", name = "enabled", matchIfMissing = true)
class PushSchedule {

	private static final Logger log = LoggerFactory.getLogger(PushSchedule.class);

	private final PushPlanner planner;

	PushSchedule(PushPlanner planner) {
		this.planner = planner;
	}

	@Scheduled(cron = "0 * * * * *")
	void planDue() {
		try {
			planner.planDue();
		}
		catch (RuntimeException ex) { // the next minute tries again, and catches up
			log.error("Planning the push failed", ex);
		}
	}

}
