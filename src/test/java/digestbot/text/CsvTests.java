package digestbot.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTests {

	@Test
	void quotesAFieldWithACommaAQuoteOrALineBreakAndDoublesItsQuotes() {
		assertThat(Csv.line(List.of("plain", "a, b", "say \"hi\"", "two\nlines", ""))).isEqualTo(
				"plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
	}

	@Test
	void readsWhatItWrote() throws Exception {
		List<String> fields = List.of("Topic, with \"quotes\"", "", "x\r\ny", "é");
		String text = Csv.line(fields) + Csv.line(List.of("second"));

		assertThat(Csv.read(text)).containsExactly(fields, List.of("second"));
	}

	@Test
	void readsLinesEndingInLineFeedAndKeepsEmptyFields() throws Exception {
		assertThat(Csv.read("a,,c\nd,e,\n")).containsExactly(List.of("a", "", "c"), List.of("d", "e", ""));
	}

	@Test
	void refusesAQuoteInAnUnquotedFieldNamingItsLine() {
		assertThatThrownBy(() -> Csv.read("a,b\r\nc,d\"e\r\n")).isInstanceOfSatisfying(Csv.MalformedException.class,
				ex -> assertThat(ex.line()).isEqualTo(2));
	}

	@Test
	void refusesAQuotedFieldNeverClosedOrFollowedByText() {
		assertThatThrownBy(() -> Csv.read("\"open,b\r\n")).isInstanceOf(Csv.MalformedException.class)
			.hasMessageContaining("never closed");
		assertThatThrownBy(() -> Csv.read("\"closed\"after,b\r\n")).isInstanceOf(Csv.MalformedException.class)
			.hasMessageContaining("after a closing quote");
	}

}
