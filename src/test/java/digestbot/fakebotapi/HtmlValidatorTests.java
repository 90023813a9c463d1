package digestbot.fakebotapi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlValidatorTests {

	@Test
	void plainTextDropsTagsAndDecodesEntities() {
		assertThat(HtmlValidator.plainText("<b>AI</b> &amp; <a href=\"https://x.org/?q=a>b\">chips</a> &#8212; &#x2014;"))
			.isEqualTo("AI & chips \u2014 \u2014");
	}

	@Test
	void acceptsTagsInAnyCaseWithAttributes() {
		assertThat(HtmlValidator.problem("<B>x</b><blockquote expandable>y</blockquote>")).isEmpty();
	}

	@Test
	void namesTheProblemWithItsByteOffset() {
		assertThat(HtmlValidator.problem("\u00e9<p>x</p>"))
			.hasValue("Bad Request: can't parse entities: Unsupported start tag \"p\" at byte offset 2");
		assertThat(HtmlValidator.problem("x</b>"))
			.hasValue("Bad Request: can't parse entities: Unexpected end tag at byte offset 1");
		assertThat(HtmlValidator.problem("&apos;")).isPresent();
		assertThat(HtmlValidator.problem("&#0;")).isPresent();
		assertThat(HtmlValidator.problem("a & b")).isPresent();
		assertThat(HtmlValidator.problem("a > b")).isEmpty();
	}

}
