package digestbot.telegram;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentMessageIdsTests {

	private final SentMessageIds ids = new SentMessageIds(new JsonFactory());

	@Test
	void readsTheIdOfASentMessageAndSkipsTheRest() {
		assertThat(ids.read(answer("""
				{"ok":true,"result":{"message_id":4711,"from":{"id":1,"is_bot":true,"first_name":"Digestbot"},
				"chat":{"id":42,"type":"private"},"date":1737964800,"text":"EV-nieuws",
				"entities":[{"type":"bold","offset":0,"length":9}],
				"reply_markup":{"inline_keyboard":[[{"text":"Meer","callback_data":"m:1"}]]}}}""")))
			.hasValue(4711);
	}

	@Test
	void readsTheIdWhateverTheOrderOfTheFields() {
		assertThat(ids.read(answer("""
				{"result":{"chat":{"id":42,"type":"private","message_id":1},"message_id":12},"ok":true}""")))
			.hasValue(12);
	}

	@Test
	void leavesAnErrorToTheFullReading() {
		assertThat(ids.read(answer("""
				{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3",
				"parameters":{"retry_after":3}}"""))).isEmpty();
	}

	@Test
	void leavesAnAnswerWithoutAnIdToTheFullReading() {
		assertThat(ids.read(answer("{\"ok\":true,\"result\":true}"))).isEmpty();
		assertThat(ids.read(answer("{\"ok\":true,\"result\":{\"chat\":{\"id\":42}}}"))).isEmpty();
	}

	@Test
	void leavesWhatIsNotJsonToTheFullReading() {
		assertThat(ids.read(answer("<html>502 Bad Gateway</html>"))).isEmpty();
		assertThat(ids.read(answer("{\"ok\":true,\"result\":{\"message_id\":"))).isEmpty();
		assertThat(ids.read(new byte[0])).isEmpty();
	}

	private static byte[] answer(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
