package digestbot.digest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import digestbot.text.Texts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where readers reach the web archive, bound under {@code digestbot.links}.
 *
 * @param publicUrl the archive's absolute http or https address ({@code DIGESTBOT_PUBLIC_URL}),
 * without a trailing slash; {@code null} when none is set, and then nothing links to it
 * @throws IllegalArgumentException when it is set but not such an address, so that the
 * application does not start with links that lead nowhere
 */
@ConfigurationProperties("digestbot.links")
public record LinksProperties(String publicUrl) {

	public LinksProperties {
		publicUrl = checked(publicUrl);
	}

	/** The archive's address, if one is set. */
	public Optional<URI> base() {
		return Optional.ofNullable(publicUrl).map(URI::create);
	}

	private static String checked(String value) {
		String url = (value == null) ? "" : value.strip();
		if (url.isEmpty()) {
			return null;
		}
		if (!isWebAddress(url)) {
			throw new IllegalArgumentException("DIGESTBOT_PUBLIC_URL (digestbot.links.public-url) must be the "
					+ "absolute http or https address of the web archive, such as https://digest.example.org, "
					+ "without query or fragment; it was \"" + Texts.cap(url, 200) + "\"");
		}
		while (url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
		return url;
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getRawQuery() == null && uri.getRawFragment() == null && url.length() <= 1000;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
