package digestbot.digest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class IssueTextTests {

	@Test
	void refusesAnEmptyFile() {
		assertRefused(() -> IssueText.paragraphs(IssueFixtures.bytes("refused/empty.txt")), "the issue is empty", 0);
	}

	@Test
	void refusesABlankFile() {
		assertRefused(() -> IssueText.paragraphs(IssueFixtures.bytes("refused/blank.txt")), "the issue is blank", 0);
	}

	@Test
	void refusesBytesThatAreNotUtf8NamingTheLine() {
		assertRefused(() -> IssueText.paragraphs(IssueFixtures.bytes("refused/not-utf8.txt")),
				"line 3: not UTF-8 text: invalid byte 0xE9", 3);
	}

	@Test
	void refusesATruncatedUtf8SequenceAtTheEnd() {
		byte[] content = "EV-nieuws\n* Een bericht. GT\n* é".getBytes(StandardCharsets.UTF_8);
		byte[] truncated = Arrays.copyOf(content, content.length - 1);

		assertRefused(() -> IssueText.paragraphs(truncated), "line 3: not UTF-8 text", 3);
	}

	@Test
	void refusesANulByteNamingTheLine() {
		assertRefused(() -> IssueText.paragraphs(IssueFixtures.bytes("refused/nul-byte.txt")),
				"line 2: not text: it contains a NUL byte", 2);
	}

	@Test
	void refusesMoreThan512KiB() {
		byte[] content = new byte[IssueText.MAX_BYTES + 1];
		Arrays.fill(content, (byte) 'a');

		assertRefused(() -> IssueText.paragraphs(content), "the issue is larger than 512 KiB (524289 bytes)", 0);
	}

	@Test
	void acceptsExactly512KiB() {
		byte[] content = new byte[IssueText.MAX_BYTES];
		Arrays.fill(content, (byte) 'a');

		assertThat(IssueText.paragraphs(content)).hasSize(1);
	}

	@Test
	void numbersLinesAcrossCrlfAndBlankLinesWithoutTheByteOrderMark() {
		assertThat(IssueText.paragraphs(IssueFixtures.bytes("crlf-bom.txt")))
			.extracting(Paragraph::line, paragraph -> paragraph.text().substring(0, 9))
			.containsExactly(tuple(1, "Deze week"),
					tuple(3, "EV-nieuws"),
					tuple(4, "*Li Auto "),
					tuple(6, "* BYD ver"));
	}

	@Test
	void refusalsReachTheCallerOfTheParser() {
		assertRefused(() -> IssueFixtures.parse("refused/nul-byte.txt"), "line 2: not text", 2);
	}

	private static void assertRefused(ThrowingCallable call, String message, int line) {
		assertThatExceptionOfType(IssueRefusedException.class).isThrownBy(call)
			.withMessageStartingWith(message)
			.satisfies(ex -> assertThat(ex.line()).isEqualTo(line));
	}

}
