package digestbot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' boundaries. Each package under {@code digestbot} is a module; its
 * {@code package-info.java} names the modules it may use, and it may use only their public types
 * (of a named interface, where it names one). Test packages are no modules.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(DigestbotApplication.class);

	/** The module diagram as checked in; the README's Architecture section shows the same. */
	private static final Path DIAGRAM = Path.of("docs", "modules.puml");

	private static final Pattern README_DIAGRAM = Pattern.compile("```plantuml\n(.*?)```", Pattern.DOTALL);

	@Test
	void modulesUseOnlyWhatTheyMayAndHaveNoCycles() {
		MODULES.verify();
	}

	@Test
	void onlyTheTelegramModuleUsesTelegramBots() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("digestbot");
		noClasses().that()
			.resideOutsideOfPackage("digestbot.telegram..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.telegram..")
			.check(main);
	}

	/**
	 * Writes the module diagram and fails when the checked-in one differs; the checked-in file is
	 * then rewritten, to be committed and copied into the README.
	 */
	@Test
	void theCheckedInModuleDiagramIsCurrent() throws IOException {
		Path output = Path.of("target", "module-docs");
		new Documenter(MODULES, output.toString()).writeModulesAsPlantUml();
		Path written = output.resolve("components.puml");
		String diagram = inStableOrder(Files.readString(written, StandardCharsets.UTF_8));
		String checkedIn = Files.exists(DIAGRAM) ? Files.readString(DIAGRAM, StandardCharsets.UTF_8) : "";
		if (!checkedIn.equals(diagram)) {
			Files.createDirectories(DIAGRAM.getParent());
			Files.writeString(DIAGRAM, diagram, StandardCharsets.UTF_8);
		}
		assertThat(checkedIn).as("%s, now rewritten: commit it", DIAGRAM).isEqualTo(diagram);
		Matcher readme = README_DIAGRAM.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
		assertThat(readme.find()).as("a plantuml block in README.md").isTrue();
		assertThat(readme.group(1)).as("README.md's module diagram, to be copied from %s", DIAGRAM)
			.isEqualTo(diagram);
	}

	/**
	 * The diagram with its modules and its relations each sorted: the documenter writes them in
	 * an order that changes from one run to the next.
	 */
	static String inStableOrder(String diagram) {
		List<String> lines = new ArrayList<>(diagram.lines().toList());
		for (String kind : List.of("Component(", "Rel(")) {
			List<Integer> at = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).strip().startsWith(kind)) {
					at.add(i);
				}
			}
			List<String> sorted = at.stream().map(lines::get).sorted().toList();
			for (int i = 0; i < at.size(); i++) {
				lines.set(at.get(i), sorted.get(i));
			}
		}
		return String.join("\n", lines) + "\n";
	}

}
