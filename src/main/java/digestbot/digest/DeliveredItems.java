package digestbot.digest;

import java.util.Collection;
import java.util.Set;

/**
 * Which items reached a reader, asked before an issue is replaced: subscribers must not see an
 * item change under them unless an admin confirms it. Implemented by the package that delivers
 * items, which keeps what it delivered.
 */
public interface DeliveredItems {

	/** Those of the items that were delivered to at least one chat. */
	Set<Long> deliveredAmong(Collection<Long> itemIds);

}
