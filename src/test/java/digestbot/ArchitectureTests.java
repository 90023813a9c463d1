package digestbot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of the style guide: Telegram stays at the edge, dependencies point one way. */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("digestbot");

	@Test
	void onlyTheTelegramPackageUsesTelegramBots() {
		noClasses().that()
			.resideOutsideOfPackage("digestbot.telegram..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.telegram..")
			.check(MAIN);
	}

	@Test
	void nothingDependsOnTheEdges() {
		noClasses().that()
			.resideOutsideOfPackages("digestbot.telegram..", "digestbot.console..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("digestbot.telegram..", "digestbot.console..")
			.check(MAIN);
	}

	@Test
	void theCoreDoesNotKnowTheChat() {
		noClasses().that()
			.resideInAnyPackage("digestbot.digest..", "digestbot.subscription..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("digestbot.chat..", "digestbot.delivery..", "digestbot.admin..")
			.check(MAIN);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("digestbot.(*)..").should().beFreeOfCycles().check(MAIN);
	}

}
