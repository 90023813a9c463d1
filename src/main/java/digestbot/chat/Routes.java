package digestbot.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Which handler answers which command; each group of commands registers its own. */
final class Routes {

	private final Map<Class<?>, BiFunction<Command, Turn, List<Outgoing>>> handlers = new HashMap<>();

	@SuppressWarnings("unchecked")
	<C extends Command> void on(Class<C> type, BiFunction<C, Turn, List<Outgoing>> handler) {
		handlers.put(type, (command, turn) -> handler.apply((C) command, turn));
	}

	List<Outgoing> answer(Command command, Turn turn) {
		BiFunction<Command, Turn, List<Outgoing>> handler = handlers.get(command.getClass());
		if (handler == null) {
			throw new IllegalStateException("No handler for " + command.getClass().getSimpleName());
		}
		return handler.apply(command, turn);
	}

}
