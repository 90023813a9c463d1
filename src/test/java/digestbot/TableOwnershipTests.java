package digestbot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import digestbot.SqlInSources.Access;
import digestbot.SqlInSources.Source;
import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table has one owner, the module that alone writes it; others ask the owner or react to
 * its events. A module may read another's table in set-based SQL where speed needs it, and the
 * owner's {@code package-info.java} names that read: the reading class and the table.
 */
class TableOwnershipTests {

	static final Map<String, String> OWNERS = Map.ofEntries(entry("issue", "digest"), entry("section", "digest"),
			entry("item", "digest"), entry("item_source", "digest"), entry("item_topic", "digest"),
			entry("subscriber", "subscription"), entry("subscription", "subscription"), entry("delivery", "delivery"),
			entry("push", "delivery"), entry("push_planner_lock", "delivery"), entry("push_rate_bucket", "delivery"),
			entry("planner_state", "delivery"), entry("draft", "admin"), entry("scheduled_issue", "admin"),
			entry("pending_import", "admin"), entry("inbox", "telegram"), entry("setting", "telegram"),
			entry("chat_memory", "chat"), entry("chat_flood", "chat"), entry("reading_count", "stats"),
			entry("follower_change", "stats"), entry("correction", "delivery"),
			entry("correction_item", "delivery"), entry("correction_edit", "delivery"));

	private static final Path MAIN = Path.of("src", "main", "java", "digestbot");

	private static final Set<String> TABLES = SqlInSources.tablesCreated(Path.of("src", "main", "resources", "db",
			"migration"));

	private static final Map<String, List<Source>> MODULES = SqlInSources.modules(MAIN);

	private static final Pattern DELIVERY_STATE = Pattern.compile("'(PENDING|SENDING|SENT|FAILED|CANCELLED)'");

	@Test
	void everyTableHasAnOwner() {
		assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(TABLES);
	}

	@Test
	void onlyItsOwnerWritesATable() {
		assertThat(foreignWrites(OWNERS, SqlInSources.writes(MODULES, TABLES))).isEmpty();
	}

	@Test
	void theCheckSeesTheWritesOfEveryOwner() {
		// Bucket4j writes push_rate_bucket; the migration fills push_planner_lock, which is only locked.
		assertThat(SqlInSources.writes(MODULES, TABLES)).extracting(Access::table)
			.containsAll(OWNERS.keySet().stream().filter(table -> !table.startsWith("push_")).toList());
	}

	@Test
	void theOwnerNamesEveryReadOfItsTablesByAnotherModule() {
		assertThat(unnamedReads(OWNERS, SqlInSources.reads(MODULES, TABLES), MAIN)).isEmpty();
	}

	@Test
	void onlyTheDeliveryModuleSpellsTheDeliveryStates() {
		MODULES.forEach((module, sources) -> sources.forEach(source -> {
			if (!module.equals("delivery")) {
				assertThat(SqlInSources.literals(source.text())).as(module + "/" + source.name())
					.noneMatch(literal -> DELIVERY_STATE.matcher(literal).find());
			}
		}));
	}

	/** The writes not made by the owner of their table; a write to a table the code names counts too. */
	static List<Access> foreignWrites(Map<String, String> owners, List<Access> writes) {
		return writes.stream().filter(write -> !write.module().equals(owners.get(write.table()))).toList();
	}

	/**
	 * The reads of a module's table by another module that the owner's {@code package-info.java}
	 * does not name, with the reading class and the table.
	 */
	static List<Access> unnamedReads(Map<String, String> owners, List<Access> reads, Path main) {
		return reads.stream().filter(read -> !read.module().equals(owners.get(read.table()))).filter(read -> {
			String ownerInfo = read(main.resolve(owners.get(read.table())).resolve("package-info.java"));
			String reader = read.file().replace(".java", "");
			return !(ownerInfo.contains(reader) && ownerInfo.contains("{@code " + read.table() + "}"));
		}).toList();
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
