package digestbot.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MessageSplitterTests {

	@Test
	void countsCharactersAsTelegramDoes() {
		assertThat(MessageSplitter.telegramLength("<b>AI</b> &amp; <a href=\"https://x.y\">EV</a>")).isEqualTo(7);
		assertThat(MessageSplitter.telegramLength("😀")).isEqualTo(2);
		assertThat(MessageSplitter.telegramLength("&#128512;")).isEqualTo(2);
		assertThat(MessageSplitter.telegramLength("  \n<b> x </b>\n ")).isEqualTo(1);
		assertThat(MessageSplitter.telegramLength("")).isZero();
	}

	@Test
	void keepsTextThatFitsInOnePart() {
		assertThat(MessageSplitter.split("<b>Hallo</b> wereld")).containsExactly("<b>Hallo</b> wereld");
	}

	@Test
	void stripsTheOnlyPart() {
		assertThat(MessageSplitter.split("\n\n  Hallo  \n")).containsExactly("Hallo");
	}

	@Test
	void returnsNoPartForBlankText() {
		assertThat(MessageSplitter.split("")).isEmpty();
		assertThat(MessageSplitter.split(" \n <b> </b> ")).isEmpty();
	}

	@Test
	void acceptsTextOfExactlyTheLimit() {
		String text = "x".repeat(4096);
		assertThat(MessageSplitter.split(text)).containsExactly(text);
		assertThat(MessageSplitter.split("<b>" + "&amp;".repeat(4096) + "</b>")).hasSize(1);
	}

	@Test
	void splitsTextOfOneMoreThanTheLimit() {
		List<String> parts = MessageSplitter.split("x".repeat(4097));
		assertThat(parts).containsExactly("x".repeat(4096), "x");
	}

	@Test
	void countsEntitiesAsOneCharacter() {
		List<String> parts = MessageSplitter.split("&amp;".repeat(10), 4);
		assertThat(parts).containsExactly("&amp;&amp;&amp;&amp;", "&amp;&amp;&amp;&amp;", "&amp;&amp;");
	}

	@Test
	void splitsASixThousandCharacterParagraphInTwo() {
		String sentence = "De robots lopen mee in de halve marathon van Beijing. ";
		String paragraph = sentence.repeat(6_000 / sentence.length() + 1).strip();
		assertThat(paragraph.length()).isGreaterThan(6_000);
		List<String> parts = MessageSplitter.split(paragraph);
		assertThat(parts).hasSize(2);
		assertThat(parts.get(0)).endsWith("Beijing.");
		assertThat(parts.get(1)).startsWith("De robots");
		assertThat(String.join(" ", parts)).isEqualTo(paragraph);
		assertFits(parts, 4096);
	}

	@Test
	void prefersParagraphBreaks() {
		List<String> parts = MessageSplitter.split("aaaa bbbb\ncccc\n\ndddd eeee. ffff", 20);
		assertThat(parts).containsExactly("aaaa bbbb\ncccc", "dddd eeee. ffff");
	}

	@Test
	void fallsBackToLineBreaks() {
		assertThat(MessageSplitter.split("aaaa. bbbb cccc\ndddd eeee", 18)).containsExactly("aaaa. bbbb cccc", "dddd eeee");
	}

	@Test
	void fallsBackToSentenceEnds() {
		assertThat(MessageSplitter.split("Eerste zin. Tweede zin hier", 20)).containsExactly("Eerste zin.", "Tweede zin hier");
		assertThat(MessageSplitter.split("Echt? Ja zeker wel hoor", 20)).containsExactly("Echt?", "Ja zeker wel hoor");
	}

	@Test
	void fallsBackToSpaces() {
		assertThat(MessageSplitter.split("aaaa bbbb cccc dddd", 12)).containsExactly("aaaa bbbb", "cccc dddd");
	}

	@Test
	void cutsHardOnlyWithoutAnyBreak() {
		assertThat(MessageSplitter.split("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
	}

	@Test
	void passesOverAnEarlyBreakThatWouldLeaveAPartAlmostEmpty() {
		String text = "Kop\n\n" + "woord ".repeat(30).strip();
		List<String> parts = MessageSplitter.split(text, 100);
		assertThat(parts).hasSize(2);
		assertThat(parts.get(0)).startsWith("Kop\n\nwoord");
		assertFits(parts, 100);
	}

	@Test
	void takesAnEarlyBreakRatherThanCuttingAWord() {
		assertThat(MessageSplitter.split("ab " + "x".repeat(30), 20)).containsExactly("ab", "x".repeat(20), "x".repeat(10));
	}

	@Test
	void neverSplitsSurrogatePairs() {
		List<String> parts = MessageSplitter.split("😀".repeat(5), 3);
		assertThat(parts).containsOnly("😀").hasSize(5);
		assertThat(MessageSplitter.split("a" + "😀".repeat(3), 4)).containsExactly("a😀", "😀😀");
	}

	@Test
	void neverSplitsEmojiSequences() {
		String family = "👨\u200D👩\u200D👧";
		String thumb = "👍🏽";
		String flag = "🇳🇱";
		assertThat(MessageSplitter.split("ab" + family, 9)).containsExactly("ab", family);
		assertThat(MessageSplitter.split("abc" + thumb + thumb, 6)).containsExactly("abc", thumb, thumb);
		assertThat(MessageSplitter.split(flag.repeat(3), 5)).containsExactly(flag, flag, flag);
		assertThat(MessageSplitter.split("ee\u0301e\u0301", 3)).containsExactly("ee\u0301", "e\u0301");
	}

	@Test
	void cutsInsideAClusterLongerThanTheLimit() {
		List<String> parts = MessageSplitter.split("e" + "\u0301".repeat(9), 4);
		assertThat(parts).hasSize(3);
		assertFits(parts, 4);
	}

	@Test
	void neverSplitsEntities() {
		List<String> parts = MessageSplitter.split("ab&amp;&lt;&#128512;cd", 3);
		assertThat(parts).containsExactly("ab&amp;", "&lt;&#128512;", "cd");
	}

	@Test
	void closesAndReopensTagsAcrossParts() {
		List<String> parts = MessageSplitter.split("<b>een twee drie</b> vier", 10);
		assertThat(parts).containsExactly("<b>een twee</b>", "<b>drie</b> vier");
	}

	@Test
	void reopensTagsWithTheirAttributes() {
		List<String> parts = MessageSplitter.split("<i>x <a href=\"https://x.y/?a=1&amp;b\">aaa bbb</a> y</i>", 6);
		assertThat(parts).containsExactly("<i>x <a href=\"https://x.y/?a=1&amp;b\">aaa</a></i>",
				"<i><a href=\"https://x.y/?a=1&amp;b\">bbb</a> y</i>");
	}

	@Test
	void keepsOpeningTagsAtACutWithTheTextTheyOpen() {
		assertThat(MessageSplitter.split("aaa <b>bbb</b>", 4)).containsExactly("aaa", "<b>bbb</b>");
		assertThat(MessageSplitter.split("<b>aaa</b> bbb", 4)).containsExactly("<b>aaa</b>", "bbb");
	}

	@Test
	void keepsTagsBalancedInEveryPart() {
		String html = ("<b>Robots</b> lopen <i>mee in de <u>halve</u> marathon</i> van Beijing. "
				+ "<a href=\"https://www.globaltimes.cn/x\">GT</a>\n\n").repeat(40);
		List<String> parts = MessageSplitter.split(html, 150);
		assertThat(parts).hasSizeGreaterThan(1);
		parts.forEach(MessageSplitterTests::assertBalanced);
		assertFits(parts, 150);
		assertThat(Html.toPlainText(String.join("", parts)).replaceAll("\\s", ""))
			.isEqualTo(Html.toPlainText(html).replaceAll("\\s", ""));
	}

	@Test
	void keepsPreformattedBlocksTogetherAcrossParts() {
		List<String> parts = MessageSplitter.split("<pre><code class=\"language-java\">aaa\nbbb</code></pre>", 4);
		assertThat(parts).containsExactly("<pre><code class=\"language-java\">aaa</code></pre>",
				"<pre><code class=\"language-java\">bbb</code></pre>");
	}

	@Test
	void splitsHugeTextsIntoFullParts() {
		String html = ("<b>Kop</b>\n" + "Een zin met wat woorden erin. ".repeat(20) + "\n\n").repeat(500);
		List<String> parts = MessageSplitter.split(html);
		assertFits(parts, 4096);
		parts.forEach(MessageSplitterTests::assertBalanced);
		int total = MessageSplitter.telegramLength(html);
		assertThat(parts).hasSizeLessThan(total / 2048 + 2);
	}

	@Test
	void keepsEveryPartValidForRandomMarkup() {
		String[] pieces = { "a", "bb ", "😀", "👍🏽", "🇳🇱", "e\u0301", "&amp;", "&#128512;", " ", "\n", "\n\n", ". ",
				"<b>", "</b>", "<i>", "</i>", "<a href=\"https://x.y/?q=1&amp;r=2\">", "</a>" };
		java.util.Random random = new java.util.Random(42);
		for (int round = 0; round < 300; round++) {
			StringBuilder html = new StringBuilder();
			Deque<String> open = new ArrayDeque<>();
			for (int i = random.nextInt(400); i > 0; i--) {
				String piece = pieces[random.nextInt(pieces.length)];
				if (piece.startsWith("</")) {
					piece = open.isEmpty() ? "x" : "</" + open.pop() + ">";
				}
				else if (piece.startsWith("<")) {
					open.push(piece.substring(1, 2));
				}
				html.append(piece);
			}
			open.forEach(tag -> html.append("</").append(tag).append('>'));
			int limit = 4 + random.nextInt(60);
			List<String> parts = MessageSplitter.split(html.toString(), limit);
			assertFits(parts, limit);
			parts.forEach(MessageSplitterTests::assertBalanced);
			assertThat(Html.toPlainText(String.join("", parts)).replaceAll("\\s", ""))
				.isEqualTo(Html.toPlainText(html.toString()).replaceAll("\\s", ""));
		}
	}

	@Test
	void refusesALimitBelowTwo() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageSplitter.split("x", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> MessageSplitter.pack(List.of("x"), 0));
	}

	@Test
	void packsWholeBlocksIntoTheFewestMessages() {
		List<String> messages = MessageSplitter.pack(List.of("aaaa", "bbbb", "cccc", "dddd"), 10);
		assertThat(messages).containsExactly("aaaa\n\nbbbb", "cccc\n\ndddd");
	}

	@Test
	void packsBlocksFillingTheLimitExactly() {
		assertThat(MessageSplitter.pack(List.of("<b>aaaa</b>", "bbbb"), 10)).containsExactly("<b>aaaa</b>\n\nbbbb");
		assertThat(MessageSplitter.pack(List.of("aaaa", "bbbbb"), 10)).containsExactly("aaaa", "bbbbb");
	}

	@Test
	void splitsOnlyABlockTooLongAlone() {
		List<String> messages = MessageSplitter.pack(List.of("aa", "bbb ccc ddd", "ee"), 8);
		assertThat(messages).containsExactly("aa", "bbb ccc", "ddd\n\nee");
	}

	@Test
	void skipsBlankBlocks() {
		List<String> blocks = new java.util.ArrayList<>(List.of("aa", " ", "", "bb"));
		blocks.add(null);
		assertThat(MessageSplitter.pack(blocks, 100)).containsExactly("aa\n\nbb");
		assertThat(MessageSplitter.pack(List.of(), 100)).isEmpty();
	}

	@Test
	void packsRealisticItemsWithinTheLimit() {
		List<String> blocks = new java.util.ArrayList<>();
		for (int i = 0; i < 60; i++) {
			blocks.add("<b>" + i + ".</b> " + "Nieuws &amp; meer over robots. ".repeat(i % 7 * 10 + 1)
					+ "<a href=\"https://x.y\">GT</a>");
		}
		List<String> messages = MessageSplitter.pack(blocks);
		assertFits(messages, 4096);
		messages.forEach(MessageSplitterTests::assertBalanced);
		int total = blocks.stream().mapToInt(MessageSplitter::telegramLength).sum();
		assertThat(messages).hasSizeLessThanOrEqualTo(total / 3000 + 1);
	}

	private static void assertFits(List<String> parts, int limit) {
		for (String part : parts) {
			String visible = Html.toPlainText(part);
			assertThat(visible.length()).as("length of %s", part).isBetween(1, limit);
			assertThat(visible).isEqualTo(visible.strip());
			assertThat(Character.isHighSurrogate(visible.charAt(visible.length() - 1))).isFalse();
			assertThat(Character.isLowSurrogate(visible.charAt(0))).isFalse();
		}
	}

	private static void assertBalanced(String part) {
		Deque<String> open = new ArrayDeque<>();
		for (HtmlTokens.Token token : HtmlTokens.tokenize(part)) {
			if (token.isOpening()) {
				open.push(token.tag());
			}
			else if (token.isClosing()) {
				assertThat(open.pop()).as("closing tag in %s", part).isEqualTo(token.tag());
			}
		}
		assertThat(open).as("tags left open in %s", part).isEmpty();
	}

}
