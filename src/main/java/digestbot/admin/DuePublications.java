package digestbot.admin;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the planned issues whose time has come, every {@code digestbot.admin.schedule-poll}
 * on every instance; a plan is published by one of them (see {@link ScheduledPublisher}). One
 * issue that fails does not stop the others, and it is tried again at the next poll.
 */
@Component
class DuePublications {

	private static final Logger log = LoggerFactory.getLogger(DuePublications.class);

	private final ScheduledPublisher publisher;

	DuePublications(ScheduledPublisher publisher) {
		this.publisher = publisher;
	}

	@Scheduled(fixedDelayString = "${digestbot.admin.schedule-poll:PT10S}",
			initialDelayString = "${digestbot.admin.schedule-poll:PT10S}")
	void publishDue() {
		for (LocalDate date : publisher.due()) {
			try {
				publisher.publishDue(date);
			}
			catch (RuntimeException ex) {
				log.error("Could not publish the planned issue of {}; trying again at the next poll", date, ex);
			}
		}
	}

}
