package digestbot.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The archive's language choice and its pace. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final Locale ENGLISH = Locale.forLanguageTag("en");

	/** Dutch, or English where the browser prefers it to Dutch (Accept-Language); also for error pages. */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(DUTCH, ENGLISH));
		resolver.setDefaultLocale(DUTCH);
		return resolver;
	}

	@Bean
	FilterRegistrationBean<WebRequestLimit> webRequestLimit(WebProperties properties) {
		FilterRegistrationBean<WebRequestLimit> registration = new FilterRegistrationBean<>(
				new WebRequestLimit(properties.maxConcurrentRequests(), properties.maxWaitingRequests(),
						properties.maxRequestsPerSecond()));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

}
