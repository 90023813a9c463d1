package digestbot.digest;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An item's HTML, as the push, the chat and inline mode show it. */
class ItemHtmlTests {

	private static final LocalDate MONDAY = LocalDate.of(2025, 1, 27);

	private final ItemHtml withoutArchive = new ItemHtml(ItemLinks.none());

	private final ItemHtml withArchive = new ItemHtml(new ItemLinks(new LinksProperties("https://digest.example/")));

	@Test
	void escapesTextAndLinksSources() {
		PublishedItem item = new PublishedItem(1, MONDAY, 1, 1, "Handel & <diplomatie>", "5 < 6 & \"meer\"",
				List.of(new Source("GT", "Global Times", "https://www.globaltimes.cn"), new Source("X", "X", null)),
				List.of("AI"));

		assertThat(withoutArchive.render(item)).isEqualTo("<i>Handel &amp; &lt;diplomatie&gt;</i>\n"
				+ "5 &lt; 6 &amp; &quot;meer&quot;\n— <a href=\"https://www.globaltimes.cn\">Global Times</a>, X");
	}

	@Test
	void leavesOutASectionOrSourcesTheItemDoesNotHave() {
		PublishedItem item = new PublishedItem(1, MONDAY, 1, 1, " ", "Alleen tekst.", List.of(), List.of());

		assertThat(withoutArchive.render(item)).isEqualTo("Alleen tekst.");
	}

	@Test
	void showsASourceWithoutWebAddressByNameUnlinked() {
		PublishedItem item = new PublishedItem(1, MONDAY, 1, 1, null, "Tekst.",
				List.of(new Source("PD", "People's Daily", "javascript:alert(1)")), List.of());

		assertThat(withoutArchive.render(item)).isEqualTo("Tekst.\n— People's Daily");
	}

	@Test
	void endsTheSourcesWithOneLinkToTheItemsPage() {
		PublishedItem item = new PublishedItem(9, MONDAY, 3, 3, null, "Tekst.",
				List.of(new Source("GT", "Global Times", null), new Source("SCMP", "South China Morning Post", null)),
				List.of());

		assertThat(withArchive.render(item)).isEqualTo("Tekst.\n— Global Times, South China Morning Post"
				+ " · <a href=\"https://digest.example/i/2025-01-27/3\">🔗 online</a>");
	}

	@Test
	void putsTheLinkOnALineOfItsOwnWhenThereAreNoSources() {
		PublishedItem item = new PublishedItem(9, MONDAY, 12, 12, null, "Tekst.", List.of(), List.of());

		assertThat(withArchive.render(item))
			.isEqualTo("Tekst.\n<a href=\"https://digest.example/i/2025-01-27/12\">🔗 online</a>");
	}

}
