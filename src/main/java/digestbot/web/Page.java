package digestbot.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A rendered answer, kept in memory while the archive stays the same.
 *
 * @param etag the strong validator of the body: a hash of its bytes, so it is the same on every
 * instance and after a restart for the same page
 */
record Page(HttpStatus status, MediaType type, byte[] body, String etag) {
}
