package digestbot.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * TelegramBots' OkHttp client, except that a Bot API method given to {@link #execute} is called
 * on the calling thread. The library's own {@code execute} hands every call to OkHttp's
 * dispatcher threads and waits for its future: two thread switches per reply, which at a
 * thousand replies a second cost more CPU than the call. The request and the reading of the
 * answer are the library's: the same JSON, the same URL, the same exceptions (an error answer
 * is a {@code TelegramApiRequestException} with its code and retry time), except that of a sent
 * message only its id is read ({@link SentMessageIds}), and a plain message's JSON is written
 * by {@link SendMessageJson}. Uploads and downloads keep the library's
 * way.
 */
class CallingThreadTelegramClient extends OkHttpTelegramClient {

	private static final MediaType JSON = MediaType.get("application/json");

	private final ObjectMapper mapper;

	private final OkHttpClient http;

	private final HttpUrl base;

	private final SentMessageIds sentMessageIds;

	private final SendMessageJson sendMessageJson;

	CallingThreadTelegramClient(OkHttpClient http, String botToken, TelegramUrl url) {
		this(new ObjectMapper(), http, botToken, url);
	}

	private CallingThreadTelegramClient(ObjectMapper mapper, OkHttpClient http, String botToken, TelegramUrl url) {
		super(mapper, http, botToken, url);
		this.mapper = mapper;
		this.http = http;
		this.sentMessageIds = new SentMessageIds(mapper.getFactory());
		this.sendMessageJson = new SendMessageJson(mapper.getFactory());
		HttpUrl.Builder base = new HttpUrl.Builder().scheme(url.getSchema())
			.host(url.getHost())
			.port(url.getPort())
			.addPathSegment("bot" + botToken);
		if (url.isTestServer()) {
			base.addPathSegment("test");
		}
		this.base = base.build();
	}

	@Override
	@SuppressWarnings("unchecked") // a SendMessage's result is a Message
	public <T extends Serializable, Method extends BotApiMethod<T>> T execute(Method method)
			throws TelegramApiException {
		if (method == null) {
			throw new TelegramApiException("Parameter method can not be null");
		}
		method.validate();
		Request request;
		try {
			request = new Request.Builder().url(base.newBuilder().addPathSegment(method.getMethod()).build())
				.header("charset", "UTF-8")
				// As UTF-8 bytes at once: a reply's text is not first built as a String, then encoded.
				.post(RequestBody.create(json(method), JSON))
				.build();
		}
		catch (IOException ex) {
			throw new TelegramApiException("Unable to execute " + method.getMethod() + " method", ex);
		}
		try (Response response = http.newCall(request).execute()) {
			ResponseBody body = response.body();
			if (body == null) {
				throw new TelegramApiException("Telegram api returned empty response");
			}
			byte[] answer = body.bytes();
			if (method instanceof SendMessage) {
				OptionalInt id = sentMessageIds.read(answer);
				if (id.isPresent()) {
					return (T) sent(id.getAsInt());
				}
			}
			return method.deserializeResponse(new String(answer, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new TelegramApiException("Unable to execute " + method.getMethod() + " method", ex);
		}
	}

	private byte[] json(BotApiMethod<?> method) throws IOException {
		if (method instanceof SendMessage message) {
			Optional<byte[]> written = sendMessageJson.write(message);
			if (written.isPresent()) {
				return written.get();
			}
		}
		return mapper.writeValueAsBytes(method);
	}

	/** A sent message as the bot reads it: its id, nothing else. */
	private static Message sent(int messageId) {
		Message message = new Message();
		message.setMessageId(messageId);
		return message;
	}

}
