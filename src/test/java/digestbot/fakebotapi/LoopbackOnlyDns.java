package digestbot.fakebotapi;

import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import okhttp3.Dispatcher;
import okhttp3.Dns;
import okhttp3.OkHttpClient;

/**
 * A {@link Dns} that resolves only loopback names and addresses (localhost, 127.x.x.x, ::1),
 * so a test's HTTP client can reach nothing else.
 * <p>
 * OkHttp does not ask its {@code Dns} about IP literals, nor about the target host when a proxy
 * is set: use {@link #restrict(OkHttpClient.Builder)}, which also turns proxies off and refuses
 * any non-loopback host before a connection is made.
 */
public final class LoopbackOnlyDns implements Dns {

	public static final LoopbackOnlyDns INSTANCE = new LoopbackOnlyDns();

	private static final Pattern IPV4_LOOPBACK = Pattern
		.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)");

	private static final List<String> IPV6_LOOPBACK = List.of("::1", "[::1]", "0:0:0:0:0:0:0:1");

	@Override
	public List<InetAddress> lookup(String hostname) throws UnknownHostException {
		if (!isLoopback(hostname)) {
			throw new UnknownHostException("Refused to resolve non-loopback host " + hostname);
		}
		if (hostname.equalsIgnoreCase("localhost")) {
			return List.of(InetAddress.getByAddress("localhost", new byte[] { 127, 0, 0, 1 }));
		}
		// A literal: parsed, never looked up.
		return List.of(InetAddress.getByName(hostname));
	}

	/** Whether the host is {@code localhost}, an IPv4 address in 127/8 or the IPv6 loopback. */
	public static boolean isLoopback(String host) {
		if (host == null) {
			return false;
		}
		String name = host.toLowerCase(Locale.ROOT);
		return name.equals("localhost") || IPV4_LOOPBACK.matcher(name).matches() || IPV6_LOOPBACK.contains(name);
	}

	/**
	 * Confines a client to loopback: this DNS, no proxy, and an interceptor that fails any call to
	 * another host (IP literals included) with an {@link UnknownHostException}.
	 */
	public static OkHttpClient.Builder restrict(OkHttpClient.Builder builder) {
		return builder.dns(INSTANCE).proxy(Proxy.NO_PROXY).addInterceptor((chain) -> {
			String host = chain.request().url().host();
			if (!isLoopback(host)) {
				throw new UnknownHostException("Refused to call non-loopback host " + host);
			}
			return chain.proceed(chain.request());
		});
	}

	/**
	 * A loopback-only client sized for a bot: many concurrent calls per host and a read timeout
	 * longer than a 50-second long poll.
	 */
	public static OkHttpClient okHttpClient() {
		Dispatcher dispatcher = new Dispatcher();
		dispatcher.setMaxRequests(128);
		dispatcher.setMaxRequestsPerHost(128);
		return restrict(new OkHttpClient.Builder()).dispatcher(dispatcher)
			.connectTimeout(Duration.ofSeconds(5))
			.readTimeout(Duration.ofSeconds(75))
			.build();
	}

}
