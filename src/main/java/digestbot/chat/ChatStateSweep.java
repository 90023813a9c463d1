package digestbot.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes what the chat no longer needs: flood windows that ran out, every minute, and what was
 * shown more than two days ago, every hour. Every instance sweeps; a sweep that finds the rows
 * already gone does no harm. A failed sweep is logged and the next one catches up.
 */
@Component
class ChatStateSweep {

	private static final Logger log = LoggerFactory.getLogger(ChatStateSweep.class);

	private final ChatMemory memory;

	private final FloodGuard flood;

	ChatStateSweep(ChatMemory memory, FloodGuard flood) {
		this.memory = memory;
		this.flood = flood;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void forgetFloodWindows() {
		try {
			flood.forgetOld();
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete old flood windows", ex);
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetShownItems() {
		try {
			memory.forgetOld();
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete old chat memory", ex);
		}
	}

}
