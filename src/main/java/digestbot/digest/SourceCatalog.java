package digestbot.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The publications items may name as their sources, as read from {@code sources.yml}.
 * Names are matched ignoring case and the difference between straight and curly apostrophes.
 */
public final class SourceCatalog {

	private final List<Source> sources;

	private final List<Source> longestFirst;

	public SourceCatalog(List<Source> sources) {
		this.sources = List.copyOf(sources);
		List<Source> seen = new ArrayList<>();
		for (Source source : this.sources) {
			check(source, seen);
			seen.add(source);
		}
		this.longestFirst = seen.stream()
			.sorted(Comparator.comparingInt((Source source) -> source.name().length()).reversed())
			.toList();
	}

	private static void check(Source source, List<Source> seen) {
		if (source.name() == null || source.name().isBlank()) {
			throw new IllegalArgumentException("a source has no name");
		}
		if (source.fullName() == null || source.fullName().isBlank()) {
			throw new IllegalArgumentException("source '" + source.name() + "' has no fullName");
		}
		if (seen.stream().anyMatch(other -> sameName(other.name(), source.name()))) {
			throw new IllegalArgumentException("source '" + source.name() + "' is listed twice");
		}
	}

	/** All sources in catalogue order. */
	public List<Source> all() {
		return sources;
	}

	/** The source with exactly this name, ignoring case. */
	public Optional<Source> find(String name) {
		String wanted = name.strip();
		return sources.stream().filter(source -> sameName(source.name(), wanted)).findFirst();
	}

	/**
	 * The longest known name that ends at {@code end} of the text and starts a word there,
	 * or {@code null} when there is none.
	 */
	Match endingAt(String text, int end) {
		for (Source source : longestFirst) {
			int start = end - source.name().length();
			if (start >= 0 && regionIsName(text, start, source.name())
					&& (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
				return new Match(source, start);
			}
		}
		return null;
	}

	private static boolean sameName(String a, String b) {
		return a.length() == b.length() && regionIsName(a, 0, b);
	}

	private static boolean regionIsName(String text, int start, String name) {
		for (int i = 0; i < name.length(); i++) {
			if (fold(text.charAt(start + i)) != fold(name.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static char fold(char c) {
		return c == '’' ? '\'' : Character.toLowerCase(Character.toUpperCase(c));
	}

	/** A catalogue name found in a text, starting at {@code start}. */
	record Match(Source source, int start) {
	}

}
