package digestbot.delivery;

import digestbot.digest.IssuePublished;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans the push of each published issue to the places pushed at publication (channels without
 * a time of their own), in the transaction that stores the issue: the issue and its posts are
 * planned together or not at all, and the outbox sends them as it sends every push, once each.
 */
@Component
class PublicationPush {

	private final PushPlanner planner;

	PublicationPush(PushPlanner planner) {
		this.planner = planner;
	}

	@EventListener
	void published(IssuePublished published) {
		planner.planAtPublication();
	}

}
