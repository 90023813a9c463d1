package digestbot.fakebotapi;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static digestbot.fakebotapi.RealTelegramClient.requestError;
import static org.assertj.core.api.Assertions.assertThat;

/** Groups, supergroups and their members, as the TelegramBots client sees them. */
class FakeBotApiChatsTests extends WithFakeBotApi {

	private static final long GROUP = -300L;

	private static final long CHANNEL = -1_000_000_000_400L;

	@Test
	void tellsEachMembersStandingAndAnAdministratorsRights() throws TelegramApiException {
		this.telegram.chat(GROUP).creator(1).administrators(2);

		assertThat(member(GROUP, 1).getStatus()).isEqualTo("creator");
		ChatMember admin = member(GROUP, 2);
		assertThat(admin).isInstanceOf(ChatMemberAdministrator.class);
		assertThat(((ChatMemberAdministrator) admin).getCanPostMessages()).isFalse();
		assertThat(member(GROUP, 3).getStatus()).as("anyone else in a group").isEqualTo("member");
		assertThat(member(5, 3).getStatus()).as("not in a private chat").isEqualTo("left");
		assertThat(this.telegram.counters().calls("getChatMember")).isEqualTo(4);
	}

	@Test
	void tellsTheBotItWasAddedToAGroupAndRemovedFromIt() throws TelegramApiException {
		FakeUser anna = this.telegram.user(7).inGroup(GROUP, "Team");

		anna.addsBot();
		ChatMemberUpdated added = this.real.pollNow().get(0).getMyChatMember();
		anna.removesBot();
		Update removed = this.real.pollNow().get(1);

		assertThat(added.getChat().getId()).isEqualTo(GROUP);
		assertThat(added.getFrom().getId()).isEqualTo(7);
		assertThat(added.getOldChatMember().getStatus()).isEqualTo("left");
		assertThat(added.getNewChatMember().getStatus()).isEqualTo("member");
		assertThat(added.getNewChatMember().getUser().getIsBot()).isTrue();
		assertThat(removed.getMyChatMember().getOldChatMember().getStatus()).isEqualTo("member");
		assertThat(removed.getMyChatMember().getNewChatMember().getStatus()).isEqualTo("left");
		assertThat(requestError(() -> send(GROUP)).getApiResponse())
			.isEqualTo("Forbidden: bot was kicked from the group chat");
		assertThat(member(GROUP, this.telegram.botId()).getStatus()).isEqualTo("left");
	}

	@Test
	void aGroupThatBecameASupergroupNamesItsNewIdToEverySend() throws TelegramApiException {
		this.telegram.chat(GROUP).migrateTo(-1_000_000_000_300L);

		TelegramApiRequestException refused = requestError(() -> send(GROUP));

		assertThat(refused.getErrorCode()).isEqualTo(400);
		assertThat(refused.getApiResponse()).isEqualTo("Bad Request: group chat was upgraded to a supergroup chat");
		assertThat(refused.getParameters().getMigrateToChatId()).isEqualTo(-1_000_000_000_300L);
		assertThat(send(-1_000_000_000_300L).getMessageId()).isEqualTo(1);
	}

	@Test
	void aMessageInAForumThreadCarriesItsThreadAndTheBotPostsIntoIt() throws TelegramApiException {
		this.telegram.user(7).inForum(GROUP, "Forum").inThread(9).sendText("/sections");

		Message message = this.real.pollNow().get(0).getMessage();
		assertThat(message.getChat().getIsForum()).isTrue();
		assertThat(message.getMessageThreadId()).isEqualTo(9);
		assertThat(message.isTopicMessage()).isTrue();
		Message posted = this.real.client
			.execute(SendMessage.builder().chatId(GROUP).messageThreadId(9).text("in the thread").build());
		assertThat(posted.getMessageThreadId()).isEqualTo(9);
		assertThat(this.telegram.sentMessages(GROUP, 9)).extracting(SentMessage::text).containsExactly("in the thread");
		assertThat(this.telegram.sentMessages(GROUP, 0)).isEmpty();
	}

	@Test
	void aClosedOrDeletedThreadRefusesPostsAndTheRestOfTheForumDoesNot() throws TelegramApiException {
		this.telegram.chat(GROUP).closeThread(9).deleteThread(10);

		assertThat(requestError(() -> sendInto(9)).getApiResponse()).isEqualTo("Bad Request: TOPIC_CLOSED");
		assertThat(requestError(() -> sendInto(10)).getApiResponse()).isEqualTo("Bad Request: message thread not found");
		assertThat(sendInto(11).getMessageThreadId()).isEqualTo(11);
		this.telegram.chat(GROUP).reopenThread(9);
		assertThat(sendInto(9).getMessageThreadId()).isEqualTo(9);
	}

	@Test
	void findsAChannelByItsUsernameAndPostsThereOnlyAsAnAdministratorAllowedTo() throws TelegramApiException {
		this.telegram.channel(CHANNEL, "kanaal", "Het Kanaal").administrators(7);

		ChatFullInfo channel = this.real.client.execute(new GetChat("@Kanaal"));
		assertThat(channel.getId()).isEqualTo(CHANNEL);
		assertThat(channel.isChannelChat()).isTrue();
		assertThat(channel.getTitle()).isEqualTo("Het Kanaal");
		assertThat(this.real.client.execute(new GetChatMember("@kanaal", 7L)).getStatus()).isEqualTo("administrator");
		assertThat(requestError(() -> this.real.client.execute(new GetChat("@elders"))).getApiResponse())
			.isEqualTo("Bad Request: chat not found");
		assertThat(requestError(() -> send(CHANNEL)).getApiResponse())
			.isEqualTo("Bad Request: need administrator rights in the channel chat");
		this.telegram.chat(CHANNEL).botAdministrator(false);
		assertThat(requestError(() -> send(CHANNEL)).getApiResponse())
			.isEqualTo("Bad Request: need administrator rights in the channel chat");
		this.telegram.chat(CHANNEL).botAdministrator(true);
		assertThat(send(CHANNEL).getChat().isChannelChat()).isTrue();
		assertThat(member(CHANNEL, this.telegram.botId())).isInstanceOfSatisfying(ChatMemberAdministrator.class,
				(bot) -> assertThat(bot.getCanPostMessages()).isTrue());
	}

	private Message sendInto(int thread) throws TelegramApiException {
		return this.real.client.execute(SendMessage.builder().chatId(GROUP).messageThreadId(thread).text("x").build());
	}

	private ChatMember member(long chatId, long userId) throws TelegramApiException {
		return this.real.client.execute(new GetChatMember(Long.toString(chatId), userId));
	}

	private Message send(long chatId) throws TelegramApiException {
		return this.real.client.execute(SendMessage.builder().chatId(chatId).text("hello").build());
	}

}
