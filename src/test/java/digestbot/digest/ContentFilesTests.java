package digestbot.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ContentFilesTests {

	@Test
	void readsTheProjectsSourceCatalogue() {
		SourceCatalog sources = ContentFiles.sources(IssueFixtures.CONTENT);

		assertThat(sources.all()).extracting(Source::name)
			.contains("GT", "SCMP", "PD", "Peoples Daily", "FT", "Technode", "Microsoft Copilot", "Reuters", "Bloomberg",
					"Xinhua", "CGTN", "Caixin", "CNN", "Nature", "China Daily");
		assertThat(sources.find("peoples daily")).map(Source::fullName).hasValue("People's Daily");
		assertThat(sources.find("Technode")).map(Source::fullName).hasValue("TechNode");
		assertThat(sources.all()).allSatisfy(source -> assertThat(source.url()).startsWith("https://"));
	}

	@Test
	void readsASourceWithoutUrl(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("sources.yml"), "- name: NRC\n  fullName: NRC Handelsblad\n");

		assertThat(ContentFiles.sources(dir).all()).containsExactly(new Source("NRC", "NRC Handelsblad", null));
	}

	@Test
	void refusesASourceListedTwice(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("sources.yml"), "- {name: GT, fullName: Global Times}\n- {name: gt, fullName: GT}\n");

		assertThatIllegalStateException().isThrownBy(() -> ContentFiles.sources(dir))
			.withMessageContaining("source 'gt' is listed twice");
	}

	@Test
	void namesTheMissingFile(@TempDir Path dir) {
		assertThatIllegalStateException().isThrownBy(() -> ContentFiles.topics(dir))
			.withMessageContaining("missing").withMessageContaining("topics.yml");
	}

	@Test
	void namesTheFileWithAMistake(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("topics.yml"), "- name: AI\n  slug: A I\n");

		assertThatIllegalStateException().isThrownBy(() -> ContentFiles.topics(dir))
			.withMessageContaining("topics.yml").withMessageContaining("slug");
	}

}
