package digestbot.fakebotapi;

import tools.jackson.databind.node.ObjectNode;

/** The bot the fake pretends to be: its id comes from the token's prefix, as on Telegram. */
record BotUser(long id, String username, String firstName) {

	static BotUser forToken(String token, String username) {
		int colon = token.indexOf(':');
		long id = 100_000L;
		if (colon > 0 && token.substring(0, colon).chars().allMatch(Character::isDigit)) {
			id = Long.parseLong(token.substring(0, colon));
		}
		return new BotUser(id, username, "Digest Test Bot");
	}

	ObjectNode json() {
		ObjectNode user = Json.object();
		user.put("id", this.id);
		user.put("is_bot", true);
		user.put("first_name", this.firstName);
		user.put("username", this.username);
		return user;
	}

	ObjectNode getMeJson() {
		ObjectNode me = json();
		me.put("can_join_groups", true);
		me.put("can_read_all_group_messages", false);
		me.put("supports_inline_queries", false);
		return me;
	}

}
