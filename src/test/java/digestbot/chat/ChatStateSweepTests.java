package digestbot.chat;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The sweep of old chat state: it runs on a scheduler's thread, so a failure must not escape. */
class ChatStateSweepTests {

	private final ChatMemory memory = mock(ChatMemory.class);

	private final FloodGuard flood = mock(FloodGuard.class);

	private final ChatStateSweep sweep = new ChatStateSweep(memory, flood);

	@Test
	void sweepsEachTable() {
		sweep.forgetFloodWindows();
		sweep.forgetShownItems();

		verify(flood).forgetOld();
		verify(memory).forgetOld();
	}

	@Test
	void aDatabaseThatDoesNotAnswerIsTriedAgainNextTime() {
		given(flood.forgetOld()).willThrow(new DataAccessResourceFailureException("down"));
		given(memory.forgetOld()).willThrow(new DataAccessResourceFailureException("down"));

		assertThatNoException().isThrownBy(sweep::forgetFloodWindows);
		assertThatNoException().isThrownBy(sweep::forgetShownItems);
	}

}
