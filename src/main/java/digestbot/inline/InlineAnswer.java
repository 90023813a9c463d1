package digestbot.inline;

import java.util.List;

/**
 * A page of results for an {@link InlineQuery}.
 *
 * @param results at most {@link InlineSearch#PAGE_SIZE} of them, possibly none
 * @param nextOffset the offset of the next page, or empty when there is none
 * @param cacheSeconds how long Telegram may show these results again for the same query
 * @param personal whether they are for this reader only (they are in the reader's language)
 */
public record InlineAnswer(List<InlineResult> results, String nextOffset, int cacheSeconds, boolean personal) {

	public InlineAnswer {
		results = List.copyOf(results);
	}

}
