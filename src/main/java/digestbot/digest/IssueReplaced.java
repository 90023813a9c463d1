package digestbot.digest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The issue of a date was stored again: its items were replaced by new ones. Published in the
 * transaction of the replacement, after the new items are stored and before the old ones are
 * deleted, so that what refers to an old item can move to the new item that stands for it (the
 * same text, or an edited one) or go with it.
 *
 * @param successors the new item's id for each old item's id that one stands for
 * @param replacedItemIds the ids of every old item, deleted once the listeners return
 */
public record IssueReplaced(LocalDate date, Map<Long, Long> successors, Set<Long> replacedItemIds) {

	public IssueReplaced {
		successors = Map.copyOf(successors);
		replacedItemIds = Set.copyOf(replacedItemIds);
	}

}
