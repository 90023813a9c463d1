package digestbot.digest;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a parsed issue as JSON for the {@code parse} command. */
final class IssueJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private IssueJson() {
	}

	static String write(ParsedIssue parsed) {
		Issue issue = parsed.issue();
		ObjectNode root = JSON.createObjectNode();
		root.put("date", (issue.date() != null) ? issue.date().toString() : null);
		root.put("intro", issue.intro());
		ArrayNode sections = root.putArray("sections");
		for (Section section : issue.sections()) {
			ObjectNode node = sections.addObject();
			node.put("title", section.title());
			ArrayNode items = node.putArray("items");
			section.items().forEach(item -> item(items.addObject(), item));
		}
		ArrayNode warnings = root.putArray("warnings");
		for (ParseWarning warning : parsed.warnings()) {
			warnings.addObject().put("line", warning.line()).put("message", warning.message());
		}
		return JSON.writeValueAsString(root);
	}

	private static void item(ObjectNode node, Item item) {
		node.put("text", item.text());
		ArrayNode sources = node.putArray("sources");
		for (Source source : item.sources()) {
			ObjectNode sourceNode = sources.addObject().put("name", source.name()).put("fullName", source.fullName());
			if (source.url() != null) {
				sourceNode.put("url", source.url());
			}
		}
		ArrayNode topics = node.putArray("topics");
		item.topics().forEach(topics::add);
	}

}
