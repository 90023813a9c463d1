package digestbot.admin;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import digestbot.subscription.Place;
import digestbot.subscription.PlaceKind;
import digestbot.subscription.PushFormat;
import digestbot.subscription.Subscriber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriberCsvTests {

	private static final String HEADER = String.join(",", SubscriberCsv.HEADER) + "\r\n";

	@Test
	void writesATitleAndTopicsWithCommasAndQuotesSoTheyReadBack() throws Exception {
		Subscriber channel = new Subscriber(Place.chat(-100700), PlaceKind.CHANNEL, "Nieuws, \"kort\"", 5, "nl", null,
				ZoneId.of("Europe/Brussels"), PushFormat.DIGEST, false, true, null, Set.of("A, \"b\"", "C"));
		Subscriber thread = new Subscriber(new Place(-100701, 9), PlaceKind.GROUP, null, 6, "en", LocalTime.of(6, 5),
				ZoneId.of("Asia/Shanghai"), PushFormat.ITEMS, true, false, null, Set.of());

		String csv = SubscriberCsv.write(List.of(channel, thread));

		assertThat(csv).startsWith(HEADER)
			.contains("-100700,0,CHANNEL,\"Nieuws, \"\"kort\"\"\",5,nl,,Europe/Brussels,DIGEST,false,true,,"
					+ "\"\"\"A, \"\"\"\"b\"\"\"\"\"\",C\"\r\n")
			.contains("-100701,9,GROUP,,6,en,06:05,Asia/Shanghai,ITEMS,true,false,,\r\n");
		assertThat(SubscriberCsv.read(csv, 10)).containsExactly(channel, thread);
	}

	@Test
	void refusesTooManyPlacesAMissingHeaderAndAWrongFieldCount() {
		String line = "-1,0,GROUP,,1,nl,07:00,Europe/Brussels,DIGEST,false,true,,\r\n";
		assertThatThrownBy(() -> SubscriberCsv.read(HEADER + line + line.replace("-1,", "-2,"), 1))
			.hasMessageContaining("more than 1");
		assertThatThrownBy(() -> SubscriberCsv.read(line, 10)).hasMessageContaining("header");
		assertThatThrownBy(() -> SubscriberCsv.read(HEADER + "-1,0,GROUP\r\n", 10)).hasMessageContaining("3 fields");
		assertThatThrownBy(() -> SubscriberCsv.read(HEADER + line.replace("GROUP", "PLANET"), 10))
			.hasMessageContaining("record 2");
	}

}
