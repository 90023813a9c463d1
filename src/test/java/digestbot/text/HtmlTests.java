package digestbot.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTests {

	@Test
	void escapesTheFourCharactersTelegramReserves() {
		assertThat(Html.escape("China & ASEAN <sterk> \"echt\"")).isEqualTo("China &amp; ASEAN &lt;sterk&gt; &quot;echt&quot;");
	}

	@Test
	void escapesAmpersandsOfExistingEntitiesAgain() {
		assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
	}

	@Test
	void leavesOtherTextAlone() {
		String text = "’s werelds top 10 — 🤖 l'été";
		assertThat(Html.escape(text)).isSameAs(text);
		assertThat(Html.escape(null)).isEmpty();
	}

	@Test
	void wrapsEscapedTextInBoldAndItalic() {
		assertThat(Html.bold("R&D")).isEqualTo("<b>R&amp;D</b>");
		assertThat(Html.italic("<i>")).isEqualTo("<i>&lt;i&gt;</i>");
	}

	@Test
	void linksWebUrlsWithEscapedAttribute() {
		assertThat(Html.link("https://example.com/a?b=1&c=\"2\"", "Global Times"))
			.isEqualTo("<a href=\"https://example.com/a?b=1&amp;c=&quot;2&quot;\">Global Times</a>");
		assertThat(Html.link(" HTTP://example.com ", "x")).isEqualTo("<a href=\"HTTP://example.com\">x</a>");
	}

	@Test
	void showsTheUrlWhenTheTextIsBlank() {
		assertThat(Html.link("https://example.com", " ")).isEqualTo("<a href=\"https://example.com\">https://example.com</a>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "ftp://example.com", "tg://resolve?domain=x", "https://",
			"https://exa mple.com", "https://example.com/a\u0007b", "example.com", "" })
	void refusesEverythingButWebUrls(String url) {
		assertThat(Html.isWebUrl(url)).isFalse();
		assertThat(Html.link(url, "A & B")).isEqualTo("A &amp; B");
	}

	@Test
	void refusesMissingAndOverlongUrls() {
		assertThat(Html.isWebUrl(null)).isFalse();
		assertThat(Html.isWebUrl("https://example.com/" + "a".repeat(2100))).isFalse();
		assertThat(Html.link(null, null)).isEmpty();
	}

	@Test
	void turnsHtmlIntoWhatTelegramShows() {
		String html = "<b>Robots</b> &amp; <a href=\"https://x.y/?a=1&amp;b=2\">AI</a> &lt;3 &#128512; &#x1F916; &quot;";
		assertThat(Html.toPlainText(html)).isEqualTo("Robots & AI <3 😀 🤖 \"");
	}

	@Test
	void keepsWhatIsNeitherTagNorEntityAsText() {
		assertThat(Html.toPlainText("a < b && c &foo; 1<2 &#xD800; <>")).isEqualTo("a < b && c &foo; 1<2 &#xD800; <>");
	}

	@Test
	void roundTripsEscapedText() {
		String text = "<b>&amp;\"quoted\"</b> 🤖";
		assertThat(Html.toPlainText(Html.escape(text))).isEqualTo(text);
	}

}
