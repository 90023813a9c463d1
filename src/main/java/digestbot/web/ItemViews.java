package digestbot.web;

import java.util.List;

import digestbot.digest.PublishedItem;
import digestbot.digest.Source;
import digestbot.digest.SourceCatalog;
import digestbot.digest.TopicCatalog;
import digestbot.text.Html;

import org.springframework.stereotype.Component;

/**
 * Makes items into what the archive shows: sources by their full names and web addresses from the
 * catalogue ({@code sources.yml}) where it names them, else as stored with the item; topics
 * linked to their pages.
 */
@Component
class ItemViews {

	private static final int HEADLINE_LENGTH = 90;

	private final SourceCatalog sources;

	private final TopicCatalog topics;

	ItemViews(SourceCatalog sources, TopicCatalog topics) {
		this.sources = sources;
		this.topics = topics;
	}

	List<ItemView> of(List<PublishedItem> items) {
		return items.stream().map(this::of).toList();
	}

	ItemView of(PublishedItem item) {
		return new ItemView(item.issueDate(), item.anchor(), Addresses.elementId(item.anchor()),
				Addresses.item(item.issueDate(), item.anchor()), Addresses.issue(item.issueDate()), item.sectionTitle(),
				item.text(), headline(item.text()), item.sources().stream().map(this::source).toList(),
				item.topics().stream().map(this::topic).toList());
	}

	private ItemView.Named source(Source stored) {
		Source source = sources.find(stored.name()).orElse(stored);
		String url = Html.isWebUrl(source.url()) ? source.url().strip() : null;
		return new ItemView.Named(source.fullName(), url);
	}

	private ItemView.Named topic(String name) {
		return topics.find(name)
			.map(topic -> new ItemView.Named(topic.name(), Addresses.topic(topic)))
			.orElse(new ItemView.Named(name, null));
	}

	/** The first words of a text, cut at a space, with an ellipsis when cut. */
	static String headline(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= HEADLINE_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', HEADLINE_LENGTH);
		return flat.substring(0, cut > HEADLINE_LENGTH / 2 ? cut : HEADLINE_LENGTH) + "…";
	}

}
