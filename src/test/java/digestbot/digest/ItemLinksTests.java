package digestbot.digest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Links to an item's page on the web archive, and the setting they come from. */
class ItemLinksTests {

	private static final PublishedItem ITEM = new PublishedItem(41, LocalDate.of(2025, 1, 27), 5, 7, null, "Tekst.",
			List.of(), List.of());

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(WithLinks.class);

	@Test
	void linksAnItemToItsIssueDateAndStableAnchorNotItsNumber() {
		ItemLinks links = new ItemLinks(new LinksProperties("https://digest.example"));

		assertThat(links.of(ITEM)).contains(URI.create("https://digest.example/i/2025-01-27/7"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://digest.example/archief/", "https://digest.example/archief//",
			" https://digest.example/archief " })
	void toleratesTrailingSlashesAndSpacesAndKeepsAPath(String publicUrl) {
		ItemLinks links = new ItemLinks(new LinksProperties(publicUrl));

		assertThat(links.of(ITEM)).contains(URI.create("https://digest.example/archief/i/2025-01-27/7"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void withoutAnAddressNoItemHasAPage(String publicUrl) {
		assertThat(new ItemLinks(new LinksProperties(publicUrl)).of(ITEM)).isEmpty();
		assertThat(new ItemLinks(new LinksProperties(null)).of(ITEM)).isEmpty();
		assertThat(ItemLinks.none().of(ITEM)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "digest.example", "/archief", "ftp://digest.example", "javascript:alert(1)",
			"https://", "https://digest example.org", "https://digest.example/?page=1", "https://digest.example/#top",
			"http//digest.example" })
	void refusesWhatIsNotAnAbsoluteWebAddress(String publicUrl) {
		assertThatIllegalArgumentException().isThrownBy(() -> new LinksProperties(publicUrl))
			.withMessageContaining("DIGESTBOT_PUBLIC_URL")
			.withMessageContaining("absolute http or https address");
	}

	@Test
	void aBadAddressStopsTheStartSayingWhy() {
		context.withPropertyValues("digestbot.links.public-url=digest.example").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessageContaining("DIGESTBOT_PUBLIC_URL (digestbot.links.public-url) must be the absolute http or "
						+ "https address of the web archive")
				.hasMessageContaining("\"digest.example\"");
		});
	}

	@Test
	void aGoodAddressIsBound() {
		context.withPropertyValues("digestbot.links.public-url=http://127.0.0.1:8080/").run(started -> {
			assertThat(started).hasNotFailed();
			assertThat(started.getBean(LinksProperties.class).publicUrl()).isEqualTo("http://127.0.0.1:8080");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LinksProperties.class)
	static class WithLinks {

	}

}
