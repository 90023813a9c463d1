package digestbot.digest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the editor's files live, bound under {@code digestbot.digest}.
 *
 * @param contentDir the folder holding {@code issues/}, {@code topics.yml} and {@code sources.yml}
 */
@ConfigurationProperties("digestbot.digest")
public record DigestProperties(@DefaultValue("./content") Path contentDir) {

	public Path issuesDir() {
		return contentDir.resolve("issues");
	}

}
