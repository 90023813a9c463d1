package digestbot.storage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test class on an in-memory H2 database. Test classes so annotated share their
 * context, and so their database, with each other only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ContextConfiguration(initializers = OnH2.Initializer.class)
public @interface OnH2 {

	/** Gives the context a new in-memory H2 database. */
	class Initializer extends DatabaseInitializer {

		Initializer() {
			super(TestDatabase::h2InMemory);
		}

	}

}
