package digestbot.digest;

import java.net.URI;
import java.util.Optional;

/**
 * Where an item can be read on the web archive: {@code {publicUrl}/i/{issueDate}/{anchor}}, the
 * item's stable anchor, kept when its issue is re-published with an edit. Every link
 * to an item's page is made here, for the chat, the push and inline mode alike; without a public
 * URL there is none.
 */
public final class ItemLinks {

	private final String base;

	public ItemLinks(LinksProperties properties) {
		this.base = properties.publicUrl();
	}

	/** No web archive: no item has a page. */
	public static ItemLinks none() {
		return new ItemLinks(new LinksProperties(null));
	}

	/** The item's page, when the web archive's address is set. */
	public Optional<URI> of(PublishedItem item) {
		if (base == null) {
			return Optional.empty();
		}
		return Optional.of(URI.create(base + "/i/" + item.issueDate() + "/" + item.anchor()));
	}

}
