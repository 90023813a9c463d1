package digestbot.journeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import digestbot.digest.IssueStore;
import digestbot.digest.PublishedItem;
import digestbot.fakebotapi.Failure;
import digestbot.fakebotapi.InlineQueryAnswer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing an item in any chat: the reader types the bot's name and some words, and picks an
 * item of the archive from the list Telegram shows; the item is posted as its message says.
 */
class InlineSharingJourneyTests extends BotJourney {

	@Autowired
	IssueStore issues;

	@Test
	void wordsListTheItemsMentioningThemReadyToPost() {
		ChatUser anna = newUser();

		InlineQueryAnswer answer = anna.typesInline("robot", "");

		List<PublishedItem> found = issues.search(List.of("robot"), 0, 10);
		assertThat(answer.results()).extracting(InlineQueryAnswer.Article::id)
			.containsExactlyElementsOf(found.stream().map(item -> Long.toString(item.id())).toList());
		assertThat(answer.results()).isNotEmpty().allSatisfy(article -> {
			assertThat(article.visibleText().toLowerCase(Locale.ROOT)).contains("robot");
			assertThat(article.visibleText()).startsWith("Nieuws van ");
			assertThat(article.parseMode()).isEqualTo("HTML");
			assertThat(article.linkPreviewDisabled()).isTrue();
		});
		InlineQueryAnswer.Article first = answer.results().get(0);
		assertThat(first.title()).startsWith("Beijing bereidt een halve marathon voor");
		assertThat(first.description()).isEqualTo("Robots · 27 januari 2025");
		assertThat(first.visibleText()).startsWith("Nieuws van 27 januari 2025\nBeijing bereidt").endsWith("— Global Times");
		assertThat(answer.isPersonal()).isTrue();
		assertThat(answer.cacheTime()).isEqualTo(60);
	}

	@Test
	void nothingTypedPagesThroughTheCurrentIssue() {
		ChatUser bert = newUser();

		InlineQueryAnswer first = bert.typesInline("", "");
		InlineQueryAnswer rest = bert.typesInline("", first.nextOffset());

		List<String> ids = new ArrayList<>();
		List.of(first, rest).forEach(page -> page.results().forEach(article -> ids.add(article.id())));
		List<PublishedItem> current = issues.current().orElseThrow().items();
		assertThat(current).hasSizeGreaterThan(10);
		assertThat(first.results()).hasSize(10);
		assertThat(first.nextOffset()).isEqualTo("10");
		assertThat(rest.nextOffset()).isEmpty();
		assertThat(ids).containsExactlyElementsOf(current.stream().map(item -> Long.toString(item.id())).toList());
	}

	@Test
	void aSubscriberIsAnsweredInTheLanguageTheyChose() {
		ChatUser jack = newUser("nl");
		jack.says("/lang en");
		ChatUser eve = newUser("en-US");

		InlineQueryAnswer toJack = jack.typesInline("marathon", "");
		InlineQueryAnswer toEve = eve.typesInline("marathon", "");

		for (InlineQueryAnswer answer : List.of(toJack, toEve)) {
			assertThat(answer.results().get(0).description()).isEqualTo("Robots · 27 January 2025");
			assertThat(answer.results().get(0).visibleText()).startsWith("News of 27 January 2025\n");
		}
	}

	@Test
	void anAnswerTelegramRefusesIsTriedAgain() {
		TELEGRAM.faults()
			.failNext("answerInlineQuery", Failure.tooManyRequests(1))
			.failNext("answerInlineQuery", Failure.badGateway());
		ChatUser carla = newUser();

		InlineQueryAnswer answer = carla.typesInline("marathon", "");

		assertThat(answer.results()).extracting(InlineQueryAnswer.Article::title)
			.singleElement().asString().startsWith("Beijing bereidt een halve marathon voor");
	}

	@Test
	void oddInputGetsAnAnswerAllTheSame() {
		ChatUser dirk = newUser();

		assertThat(dirk.typesInline("robot ".repeat(60), "").results()).isNotEmpty();
		assertThat(dirk.typesInline("x".repeat(300), "").results()).isEmpty();
		assertThat(dirk.typesInline("\u202e🤖 %_ \\ \u0000", "").results()).isEmpty();
		InlineQueryAnswer forged = dirk.typesInline("robot", "abc");
		assertThat(forged.results()).isEmpty();
		assertThat(forged.nextOffset()).isEmpty();
		assertThat(dirk.typesInline("marathon", "").results()).hasSize(1);
	}

	@Test
	void theBotAsksTelegramForInlineQueries() {
		assertThat(TELEGRAM.allowedUpdates()).contains("message", "callback_query", "inline_query");
	}

}
