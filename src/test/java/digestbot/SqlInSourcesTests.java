package digestbot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import digestbot.SqlInSources.Access;
import digestbot.SqlInSources.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The ownership check finds what it must, planted in sources of its own. */
class SqlInSourcesTests {

	private static final Set<String> TABLES = Set.of("delivery", "subscriber", "chat_flood", "push");

	private static final Map<String, String> OWNERS = Map.of("delivery", "delivery", "subscriber", "subscription",
			"chat_flood", "chat", "push", "delivery");

	@Test
	void aWriteToAnotherModulesTableIsForeign() {
		List<Access> writes = writes("subscription", """
				class SubscriberStore {
					void deactivate(long chatId) {
						jdbc.sql("update subscriber set active = false where chat_id = ?").param(chatId).update();
						jdbc.sql("update delivery set state = 'CANCELLED' where chat_id = ?").param(chatId).update();
					}
				}""");

		assertThat(TableOwnershipTests.foreignWrites(OWNERS, writes))
			.containsExactly(new Access("subscription", "Planted.java", "delivery"));
	}

	@Test
	void everyVerbIsFoundInTextBlocksAndConcatenations() {
		List<Access> writes = writes("digest", "class Planted {\n"
				+ "	static final String A = \"\"\"\n		insert into delivery (chat_id)\n		select 1\"\"\";\n"
				+ "	static final String B = \"\"\"\n		merge into subscriber s using (values (1)) as v (id)\"\"\";\n"
				+ "	void c() { jdbc.sql(\"delete from push where id = \" + id); }\n"
				+ "	void d() { jdbc.sql(\"update subscriber set \" + column + \" = ?\"); }\n}");

		assertThat(writes).extracting(Access::table).containsExactly("delivery", "subscriber", "push", "subscriber");
		assertThat(TableOwnershipTests.foreignWrites(OWNERS, writes)).hasSize(4);
	}

	@Test
	void aVerbWhoseTableTheCodeNamesIsAWriteToAnUnknownTable() {
		List<Access> writes = writes("delivery", """
				class Planted {
					void plant() {
						jdbc.sql("insert into " + TABLE + " (id) values (1)").update();
					}
				}""");

		assertThat(TableOwnershipTests.foreignWrites(OWNERS, writes))
			.containsExactly(new Access("delivery", "Planted.java", SqlInSources.UNKNOWN));
	}

	@Test
	void locksUpsertBranchesCommentsAndWordsAreNoWrites() {
		List<Access> writes = writes("chat", """
				class Planted {
					// update delivery set state = 'SENT'
					/* delete from subscriber */
					static final String LOCK = "select id from push for update";
					static final String COUNT = \"""
							insert into chat_flood as f (chat_id) values (:chat)
							on conflict (chat_id) do update set command_count = f.command_count + 1\""";
					static final String WORDS = "Cannot update: update_id " + id + " updates";
					static final char QUOTE = '"';
				}""");

		assertThat(writes).containsExactly(new Access("chat", "Planted.java", "chat_flood"));
	}

	@Test
	void aReadOfAnotherModulesTableMustBeNamedByItsOwner(@TempDir Path main) throws IOException {
		List<Access> reads = SqlInSources.reads(Map.of("delivery", List.of(new Source("PushPlanner.java", """
				class PushPlanner {
					static final String DUE = "select s.chat_id from subscriber s join push p on p.id = s.chat_id";
				}"""))), TABLES);
		Files.createDirectories(main.resolve("subscription"));
		Path info = main.resolve("subscription").resolve("package-info.java");

		Files.writeString(info, "/** Owns {@code subscriber}. */\npackage digestbot.subscription;");
		assertThat(TableOwnershipTests.unnamedReads(OWNERS, reads, main))
			.containsExactly(new Access("delivery", "PushPlanner.java", "subscriber"));

		Files.writeString(info, "/** {@code PushPlanner} reads {@code subscriber}. */\npackage digestbot.subscription;");
		assertThat(TableOwnershipTests.unnamedReads(OWNERS, reads, main)).isEmpty();
	}

	private static List<Access> writes(String module, String java) {
		return SqlInSources.writes(Map.of(module, List.of(new Source("Planted.java", java))), TABLES);
	}

}
