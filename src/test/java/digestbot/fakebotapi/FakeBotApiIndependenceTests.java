package digestbot.fakebotapi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class FakeBotApiIndependenceTests {

	@Test
	void speaksRawJsonWithoutTelegramBotsClasses() {
		JavaClasses fake = new ClassFileImporter().importPackages("digestbot.fakebotapi");

		noClasses().that()
			.haveNameNotMatching(".*(Tests|RealTelegramClient)(\\$.*)?")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.telegram..", "com.fasterxml.jackson..")
			.check(fake);
	}

}
