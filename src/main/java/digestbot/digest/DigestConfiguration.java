package digestbot.digest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The editor's catalogues and the parser, read from the content folder at start, and how items
 * are shown and linked.
 */
@Configuration(proxyBeanMethods = false)
class DigestConfiguration {

	@Bean
	SourceCatalog sourceCatalog(DigestProperties properties) {
		return ContentFiles.sources(properties.contentDir());
	}

	@Bean
	TopicCatalog topicCatalog(DigestProperties properties) {
		return ContentFiles.topics(properties.contentDir());
	}

	@Bean
	ItemLinks itemLinks(LinksProperties links) {
		return new ItemLinks(links);
	}

	@Bean
	ItemHtml itemHtml(ItemLinks itemLinks) {
		return new ItemHtml(itemLinks);
	}

	@Bean
	IssueParser issueParser(SourceCatalog sources, TopicCatalog topics) {
		return new IssueParser(sources, topics);
	}

}
