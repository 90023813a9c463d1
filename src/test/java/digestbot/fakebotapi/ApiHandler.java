package digestbot.fakebotapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP side: {@code /bot<token>/<method>} calls and {@code /file/bot<token>/<path>}
 * downloads, with the injected delays and failures applied before the method runs.
 */
final class ApiHandler implements HttpHandler {

	private final String token;

	private final BotMethods methods;

	private final FileStore files;

	private final Faults faults;

	private final Counters counters;

	ApiHandler(String token, BotMethods methods, FileStore files, Faults faults, Counters counters) {
		this.token = token;
		this.methods = methods;
		this.files = files;
		this.faults = faults;
		this.counters = counters;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			String path = exchange.getRequestURI().getPath();
			if (path.startsWith("/file/bot")) {
				download(exchange, path.substring("/file/bot".length()));
			}
			else if (path.startsWith("/bot")) {
				call(exchange, path.substring("/bot".length()));
			}
			else {
				fail(exchange, Failure.of(404, "Not Found"));
			}
		}
		catch (RuntimeException ex) {
			failQuietly(exchange, Failure.internalServerError());
		}
		finally {
			exchange.close();
		}
	}

	private void call(HttpExchange exchange, String tokenAndMethod) throws IOException {
		int slash = tokenAndMethod.indexOf('/');
		if (slash < 0) {
			fail(exchange, Failure.of(404, "Not Found"));
			return;
		}
		if (!tokenAndMethod.substring(0, slash).equals(this.token)) {
			fail(exchange, Failure.of(401, "Unauthorized"));
			return;
		}
		String method = MethodNames.canonical(tokenAndMethod.substring(slash + 1));
		this.counters.countCall(method);
		Params params = Params.read(exchange);
		pause(this.faults.delayOf(method));
		Failure injected = this.faults.takeFailure(method);
		if (injected != null) {
			fail(exchange, injected);
			return;
		}
		try {
			JsonNode result = this.methods.call(method, params);
			write(exchange, 200, Json.ok(result));
		}
		catch (FailureException ex) {
			fail(exchange, ex.failure());
		}
	}

	private void download(HttpExchange exchange, String tokenAndPath) throws IOException {
		int slash = tokenAndPath.indexOf('/');
		if (slash < 0 || !tokenAndPath.substring(0, slash).equals(this.token)) {
			fail(exchange, Failure.of(401, "Unauthorized"));
			return;
		}
		this.counters.countCall("download");
		FileStore.StoredFile file = this.files.byPath(tokenAndPath.substring(slash + 1));
		if (file == null) {
			fail(exchange, Failure.of(404, "Not Found"));
			return;
		}
		exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
		byte[] content = file.content();
		exchange.sendResponseHeaders(200, (content.length > 0) ? content.length : -1);
		exchange.getResponseBody().write(content);
	}

	private void fail(HttpExchange exchange, Failure failure) throws IOException {
		this.counters.countFailure(failure.status());
		write(exchange, failure.status(), Json.error(failure));
	}

	/** Answers an unexpected error if the answer has not begun, which a test then sees. */
	private void failQuietly(HttpExchange exchange, Failure failure) {
		try {
			fail(exchange, failure);
		}
		catch (IOException | RuntimeException ex) {
			// The answer had begun or the client left: nothing more to tell.
		}
	}

	private static void write(HttpExchange exchange, int status, ObjectNode body) throws IOException {
		byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static void pause(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
