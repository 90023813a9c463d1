package digestbot;

import digestbot.journeys.LoopbackOnly;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import io.micrometer.core.instrument.MeterRegistry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Health is open to anyone; the other endpoints only when configured; the gauges exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LoopbackOnly.class)
class ObservabilityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void healthIsOpenAndNothingElse() throws Exception {
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
	}

	@Test
	void outboxDepthAndSubscribersPerTopicAreMeasured() {
		assertThat(meters.get("digestbot.outbox.depth").gauge().value()).isZero();
		assertThat(meters.get("digestbot.subscribers.topic").tag("topic", "AI").gauge().value()).isNotNegative();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
