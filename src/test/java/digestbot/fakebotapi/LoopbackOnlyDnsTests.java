package digestbot.fakebotapi;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicBoolean;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** None of these tests opens a connection: refusals happen before any socket. */
class LoopbackOnlyDnsTests {

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1", "[::1]" })
	void resolvesLoopback(String host) throws UnknownHostException {
		assertThat(LoopbackOnlyDns.INSTANCE.lookup(host)).isNotEmpty().allMatch(InetAddress::isLoopbackAddress);
	}

	@ParameterizedTest
	@ValueSource(strings = { "api.telegram.org", "example.org", "localhost.example.org", "8.8.8.8", "10.0.0.1",
			"127.0.0.256", "128.0.0.1", "::2", "" })
	void refusesEverythingElse(String host) {
		assertThatExceptionOfType(UnknownHostException.class)
			.isThrownBy(() -> LoopbackOnlyDns.INSTANCE.lookup(host))
			.withMessageContaining("non-loopback");
	}

	@Test
	void okHttpWithTheDnsCannotReachApiTelegramOrg() {
		OkHttpClient client = new OkHttpClient.Builder().dns(LoopbackOnlyDns.INSTANCE)
			.proxy(java.net.Proxy.NO_PROXY)
			.build();
		Request request = new Request.Builder().url("https://api.telegram.org/bot1:x/getMe").build();

		assertThatExceptionOfType(UnknownHostException.class).isThrownBy(() -> client.newCall(request).execute())
			.withMessageContaining("api.telegram.org");
	}

	@Test
	void restrictedClientRefusesIpLiteralsThatOkHttpNeverResolves() throws Exception {
		Interceptor guard = LoopbackOnlyDns.restrict(new OkHttpClient.Builder()).build().interceptors().get(0);
		AtomicBoolean proceeded = new AtomicBoolean();

		assertThatExceptionOfType(UnknownHostException.class)
			.isThrownBy(() -> guard.intercept(chainFor("http://192.0.2.1/", proceeded)));
		assertThat(proceeded).isFalse();
		assertThat(guard.intercept(chainFor("http://127.0.0.1:9/", proceeded)).code()).isEqualTo(200);
		assertThat(proceeded).isTrue();
	}

	/** A chain that answers 200 without any network when the interceptor proceeds. */
	private static Interceptor.Chain chainFor(String url, AtomicBoolean proceeded) {
		Request request = new Request.Builder().url(url).build();
		return (Interceptor.Chain) Proxy.newProxyInstance(LoopbackOnlyDnsTests.class.getClassLoader(),
				new Class<?>[] { Interceptor.Chain.class }, (proxy, method, args) -> {
					if (method.getName().equals("request")) {
						return request;
					}
					if (method.getName().equals("proceed")) {
						proceeded.set(true);
						return new Response.Builder().request(request)
							.protocol(Protocol.HTTP_1_1)
							.code(200)
							.message("OK")
							.build();
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}
