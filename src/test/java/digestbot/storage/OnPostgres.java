package digestbot.storage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test class on a new database in the tests' PostgreSQL server, which starts on
 * first use. Test classes so annotated share their context, and so their database, with each
 * other only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ContextConfiguration(initializers = OnPostgres.Initializer.class)
public @interface OnPostgres {

	/** Gives the context a new PostgreSQL database. */
	class Initializer extends DatabaseInitializer {

		Initializer() {
			super(TestDatabase::postgres);
		}

	}

}
