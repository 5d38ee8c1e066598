package nl.bewonersplein.site;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Lets Spring Data read the repositories' JPQL queries ({@code @Query}) with its simple
 * query rewriter instead of its own full HQL parser. Spring Data reads every such query
 * when the repositories start, to derive count queries and to add sorting; its ANTLR
 * parser took a tenth of the main thread of a restart (JFR), for plain queries without
 * native SQL or constructor expressions, which the simple rewriter handles. Hibernate
 * still parses and checks every query itself at start, so a wrong query still stops the
 * start.
 */
@Component
class RepositoryQueryParsing implements BeanPostProcessor {

	private static final QueryEnhancerSelector SIMPLE = (query) -> QueryEnhancerFactories.fallback();

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repositories) {
			repositories.setQueryEnhancerSelectorSource(SIMPLE);
		}
		return bean;
	}

}
