package digestbot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import digestbot.digest.ArchiveStamp;
import digestbot.digest.IssueStore;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the archive's pages and feeds and keeps them in memory by address, language and the
 * archive's stamp: a page is rendered once until an issue is published, then served from here.
 * Every answer carries an ETag, and a request presenting it gets 304 (Spring MVC compares
 * {@code If-None-Match} with the answer's ETag).
 */
@Component
class Pages {

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	static final MediaType ATOM = new MediaType(MediaType.APPLICATION_ATOM_XML, StandardCharsets.UTF_8);

	private static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

	private final ITemplateEngine templates;

	private final IssueStore issues;

	private final Cache<Key, Page> rendered = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	Pages(ITemplateEngine templates, IssueStore issues) {
		this.templates = templates;
		this.issues = issues;
	}

	/**
	 * The page at that address in the reader's language: the view made by {@code view}, or the
	 * not-found page when it makes none.
	 */
	ResponseEntity<byte[]> html(String address, Locale locale, Supplier<Optional<View>> view) {
		Page page = rendered.get(new Key(address, locale.getLanguage(), issues.stamp()),
				key -> view.get().map(found -> page(HttpStatus.OK, HTML, render(found, locale)))
					.orElseGet(() -> notFoundPage(locale)));
		return answer(page).varyBy(HttpHeaders.ACCEPT_LANGUAGE)
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
			.body(page.body());
	}

	/** The not-found page, for an address that is not the archive's. */
	ResponseEntity<byte[]> notFound(Locale locale) {
		Page page = notFoundPage(locale);
		return ResponseEntity.status(page.status())
			.contentType(page.type())
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
			.body(page.body());
	}

	/** A feed at that address, as {@code feed} writes it, or the not-found page when it writes none. */
	ResponseEntity<byte[]> atom(String address, String baseUrl, Supplier<Optional<String>> feed) {
		Page page = rendered.get(new Key(baseUrl + address, "", issues.stamp()),
				key -> feed.get().map(xml -> page(HttpStatus.OK, ATOM, xml))
					.orElseGet(() -> notFoundPage(WebConfiguration.DUTCH)));
		return answer(page).body(page.body());
	}

	/** A template rendered in that language, such as a feed entry's content. */
	String render(View view, Locale locale) {
		return templates.process(view.template(), new Context(locale, view.model()));
	}

	private ResponseEntity.BodyBuilder answer(Page page) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(page.status()).contentType(page.type());
		return page.status() == HttpStatus.OK ? answer.eTag(page.etag()).cacheControl(CACHE_CONTROL) : answer;
	}

	private Page notFoundPage(Locale locale) {
		return page(HttpStatus.NOT_FOUND, HTML, render(new View("error/404", Map.of()), locale));
	}

	private static Page page(HttpStatus status, MediaType type, String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		return new Page(status, type, body, '"' + hash(body) + '"');
	}

	private static String hash(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	private record Key(String address, String language, ArchiveStamp stamp) {
	}

}
