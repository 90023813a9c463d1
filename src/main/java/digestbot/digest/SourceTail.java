package digestbot.digest;

import java.util.List;

/**
 * An item's paragraph split into its news text and the sources named at its end.
 *
 * @param text the news text, keeping its own final punctuation
 * @param sources the sources in the order written; empty when none was found
 * @param unknownNames the names among them that are not in the catalogue
 */
record SourceTail(String text, List<Source> sources, List<String> unknownNames) {

	SourceTail {
		sources = List.copyOf(sources);
		unknownNames = List.copyOf(unknownNames);
	}

	static SourceTail none(String text) {
		return new SourceTail(text, List.of(), List.of());
	}

}
