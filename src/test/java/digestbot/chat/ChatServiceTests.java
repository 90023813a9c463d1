package digestbot.chat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The chat does not start unless every kind of command has exactly one group to answer it. */
class ChatServiceTests {

	private final Messages messages = TestCommandNames.messages();

	private final Replies replies = new Replies(messages);

	@Test
	void refusesToStartWhileACommandHasNoGroup() {
		List<ChatCommands> groups = List.of(new HelpCommands(replies, messages));

		assertThatIllegalStateException().isThrownBy(() -> new ChatService(messages, replies, null, null, null, groups, TestCommandNames.all(), null, null))
			.withMessageStartingWith("No group of commands answers ")
			.withMessageContaining("Start")
			.withMessageNotContaining("Help");
	}

	@Test
	void refusesToStartWhenTwoGroupsClaimOneCommand() {
		List<ChatCommands> groups = List.of(new HelpCommands(replies, messages), new HelpCommands(replies, messages));

		assertThatIllegalStateException().isThrownBy(() -> new ChatService(messages, replies, null, null, null, groups, TestCommandNames.all(), null, null))
			.withMessage("Command Help is claimed by both HelpCommands and HelpCommands");
	}

}
