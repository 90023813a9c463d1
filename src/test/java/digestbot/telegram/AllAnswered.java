package digestbot.telegram;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The end of "nothing more happens": no instance holds an update (none waits in a lane, none is
 * being handled, no reply is being tried again), and every update in the inbox is written down as
 * answered. From then on no answer can come, however long one waits: an answered update is never
 * taken up again, not after its lease either ({@code UpdateInboxIntegrationTests} moves a clock
 * past it). A short wait for "no second answer" cannot see one that comes after the lease.
 */
public final class AllAnswered {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private AllAnswered() {
	}

	/** Waits until the instances, which share one database, have answered every update. */
	public static void await(ApplicationContext... instances) {
		JdbcClient jdbc = instances[0].getBean(JdbcClient.class);
		Awaitility.await().atMost(WAIT).until(() -> List.of(instances).stream().allMatch(instance -> held(instance) == 0)
				&& unanswered(jdbc) == 0);
	}

	/**
	 * Waits until the updates (by update_id) are written down in the instance's inbox, then until
	 * it has answered every update. For updates the bot polls: until written down, neither held
	 * nor in the inbox, they would not be waited for.
	 */
	public static void awaitIncluding(ApplicationContext instance, int... updateIds) {
		JdbcClient jdbc = instance.getBean(JdbcClient.class);
		for (int updateId : updateIds) {
			Awaitility.await()
				.atMost(WAIT)
				.until(() -> jdbc.sql("select count(*) from inbox where update_id = ?")
					.param(updateId)
					.query(Long.class)
					.single() == 1);
		}
		await(instance);
	}

	/** Updates in the inbox not written down as answered. */
	static long unanswered(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from inbox where answered_at is null").query(Long.class).single();
	}

	private static double held(ApplicationContext instance) {
		return instance.getBean(MeterRegistry.class).get("digestbot.updates.held").gauge().value();
	}

}
