package digestbot.storage;

import java.util.function.Supplier;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context's data source at a new database before the context starts, above
 * every other property source.
 */
abstract class DatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private final Supplier<TestDatabase> databases;

	DatabaseInitializer(Supplier<TestDatabase> databases) {
		this.databases = databases;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase", databases.get().properties()));
	}

}
