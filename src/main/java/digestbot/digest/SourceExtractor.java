package digestbot.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sources named at the end of an item: first names from the catalogue, then, when
 * none ends the item, a short run of capitalised names after its last sentence.
 */
final class SourceExtractor {

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?][’”\"'»)]*\\s+");

	private static final Pattern ENDS_AS_SENTENCE = Pattern.compile("[.!?][’”\"'»)]*$");

	private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:[,;/&+]|\\s(?:en|and)\\s)\\s*");

	private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'’.\\-]*");

	private static final String SEPARATOR_MARKS = ",;/&+";

	private static final List<String> SEPARATOR_WORDS = List.of(" en", " and");

	private static final int MAX_NAMES_LENGTH = 60;

	private static final int MAX_WORDS_PER_NAME = 4;

	private final SourceCatalog catalog;

	SourceExtractor(SourceCatalog catalog) {
		this.catalog = catalog;
	}

	SourceTail extract(String paragraph) {
		String body = paragraph.strip();
		boolean endsWithDot = body.endsWith(".");
		String work = endsWithDot ? body.substring(0, body.length() - 1).stripTrailing() : body;
		SourceTail tail = knownTail(work, endsWithDot);
		if (tail == null && !endsWithDot) {
			tail = unknownTail(work, List.of());
		}
		return (tail != null) ? tail : SourceTail.none(body);
	}

	/** Whether the paragraph is a sentence followed by its sources, as a short item is. */
	boolean isSentenceWithSources(String paragraph) {
		SourceTail tail = extract(paragraph);
		return !tail.sources().isEmpty() && ENDS_AS_SENTENCE.matcher(tail.text()).find();
	}

	private SourceTail knownTail(String work, boolean endsWithDot) {
		List<Source> sources = new ArrayList<>();
		int cut = knownNamesStart(work, sources);
		if (sources.isEmpty()) {
			return null;
		}
		int separatorsStart = separatorsStart(work, cut, true);
		if (!work.substring(separatorsStart, cut).isBlank()) {
			// "Le Monde, GT": a separator before the first known name may follow unknown names.
			SourceTail mixed = unknownTail(work.substring(0, separatorsStart), List.copyOf(sources));
			if (mixed != null) {
				return mixed;
			}
		}
		// Words are kept: "... stijgen en GT" must not lose its "en".
		String text = work.substring(0, separatorsStart(work, cut, false));
		// "... zo meldt Reuters." is a sentence that ends in a name, not a source.
		if (text.isEmpty() || (endsWithDot && !ENDS_AS_SENTENCE.matcher(text).find())) {
			return null;
		}
		return new SourceTail(text, List.copyOf(sources), List.of());
	}

	/** Collects the catalogue names that end the text, in order; returns where the first begins. */
	private int knownNamesStart(String work, List<Source> sources) {
		int cut = work.length();
		for (SourceCatalog.Match match = catalog.endingAt(work, cut); match != null;
				match = catalog.endingAt(work, separatorsStart(work, cut, true))) {
			sources.add(0, match.source());
			cut = match.start();
		}
		return cut;
	}

	private SourceTail unknownTail(String work, List<Source> knownAfter) {
		Matcher sentenceEnd = SENTENCE_END.matcher(work);
		int start = -1;
		while (sentenceEnd.find()) {
			start = sentenceEnd.end();
		}
		List<String> names = (start < 0) ? List.of() : names(work.substring(start));
		if (names.isEmpty()) {
			return null;
		}
		List<Source> sources = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			Source known = catalog.find(name).orElse(null);
			sources.add((known != null) ? known : new Source(name, name, null));
			if (known == null) {
				unknown.add(name);
			}
		}
		sources.addAll(knownAfter);
		return new SourceTail(work.substring(0, start).stripTrailing(), sources, unknown);
	}

	/** The names in a candidate tail such as "Le Monde, NRC", or none when it reads as prose. */
	private static List<String> names(String candidate) {
		if (candidate.isEmpty() || candidate.length() > MAX_NAMES_LENGTH) {
			return List.of();
		}
		String[] parts = NAME_SEPARATOR.split(candidate, -1);
		for (String part : parts) {
			String[] words = part.split("\\s+");
			if (part.isEmpty() || words.length > MAX_WORDS_PER_NAME) {
				return List.of();
			}
			for (String word : words) {
				if (!NAME_WORD.matcher(word).matches()) {
					return List.of();
				}
			}
		}
		return List.of(parts);
	}

	/**
	 * Where the white space and separator marks just before {@code end} begin, and with
	 * {@code words} also the separating words "en" and "and".
	 */
	private static int separatorsStart(String work, int end, boolean words) {
		int start = end;
		boolean moved = true;
		while (moved) {
			moved = false;
			if (start > 0 && isSeparatorMark(work.charAt(start - 1))) {
				start--;
				moved = true;
			}
			else if (words) {
				int wordStart = separatorWordStart(work, start);
				moved = wordStart < start;
				start = wordStart;
			}
		}
		return start;
	}

	private static boolean isSeparatorMark(char c) {
		return Character.isWhitespace(c) || SEPARATOR_MARKS.indexOf(c) >= 0;
	}

	private static int separatorWordStart(String work, int end) {
		boolean spaceAfter = end < work.length() && Character.isWhitespace(work.charAt(end));
		for (String word : SEPARATOR_WORDS) {
			int start = end - word.length();
			if (spaceAfter && start >= 0 && work.startsWith(word, start)) {
				return start;
			}
		}
		return end;
	}

}
