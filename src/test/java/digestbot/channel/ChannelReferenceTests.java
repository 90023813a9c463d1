package digestbot.channel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How users name a channel, read into what getChat takes. */
class ChannelReferenceTests {

	@Test
	void readsAUsernameWithOrWithoutItsAtOrAsALink() {
		for (String input : new String[] { "@digest_kanaal", "digest_kanaal", " t.me/digest_kanaal ",
				"https://t.me/digest_kanaal/", "telegram.me/digest_kanaal" }) {
			assertThat(ChannelReference.parse(input)).as(input).contains(new ChannelReference("@digest_kanaal"));
		}
	}

	@Test
	void readsANumericId() {
		ChannelReference id = ChannelReference.parse("-1001234567890").orElseThrow();

		assertThat(id.isId()).isTrue();
		assertThat(id.id()).isEqualTo(-1_001_234_567_890L);
	}

	@Test
	void namesNoChannelWithAnythingElse() {
		for (String input : new String[] { null, "", " ", "@ab", "@with space", "kanaal!", "@1kanaal",
				"https://example.org/kanaal", "99999999999999999999" }) {
			assertThat(ChannelReference.parse(input)).as(String.valueOf(input)).isEmpty();
		}
	}

	@Test
	void aUsernameNamesTheChannelStoredUnderItInAnyCase() {
		ChannelReference name = ChannelReference.parse("@Digest_Kanaal").orElseThrow();

		assertThat(name.names("@digest_kanaal")).isTrue();
		assertThat(name.names("@ander_kanaal")).isFalse();
		assertThat(name.names(null)).isFalse();
		assertThat(ChannelReference.parse("-100123").orElseThrow().names("-100123")).isFalse();
	}

}
