package com.idic.crm.base.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup run keeps its data wherever the project lives, the system temp directory
 * included, and survives a start that was killed.
 */
class EmbeddedMariaDbTest {

    private static Path root;
    private static Path base;

    @BeforeAll
    static void createRoot() throws IOException {
        root = Files.createTempDirectory("crm-embedded-test");
        base = root.resolve("mariadb-base");
    }

    @AfterAll
    static void deleteRoot() throws IOException {
        FileSystemUtils.deleteRecursively(root);
    }

    @Test
    void dataUnderTheSystemTempDirectorySurvivesAKilledStartAndARestart() throws Exception {
        Path data = root.resolve("data/mariadb");
        assertThat(data.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));

        long orphanPid = startAndKillAnApplicationThatWrites(data);
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("the killed app's server runs on").contains(true);

        EmbeddedMariaDb.Server restarted = EmbeddedMariaDb.start(data, base);
        try {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).as("orphan stopped").isFalse();
            String url = restarted.createDatabase("crm");
            assertThat(read(url)).isEqualTo("written before the kill");
            write(url, "written before a clean stop");
        } finally {
            restarted.stop();
        }

        EmbeddedMariaDb.Server again = EmbeddedMariaDb.start(data, base);
        try {
            assertThat(read(again.createDatabase("crm"))).isEqualTo("written before a clean stop");
        } finally {
            again.stop();
        }
    }

    /** Returns the pid of the server the killed application leaves behind. */
    private static long startAndKillAnApplicationThatWrites(Path data) throws Exception {
        Process app = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), KilledApp.class.getName(), data.toString(), base.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(KilledApp.READY)) {
                // the child's log, until it has written its row
            }
            assertThat(line).as("the child application started and wrote").isEqualTo(KilledApp.READY);
            app.destroyForcibly();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return Long.parseLong(Files.readString(data.resolve("mariadbd.pid")).trim());
    }

    private static void write(String url, String text) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS note (text VARCHAR(100))");
            statement.execute("DELETE FROM note");
            statement.execute("INSERT INTO note VALUES ('" + text + "')");
        }
    }

    private static String read(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** An application that starts the embedded database, writes, and then is killed by the test. */
    static final class KilledApp {

        static final String READY = "KILLED-APP-READY";

        public static void main(String[] args) throws Exception {
            EmbeddedMariaDb.Server server = EmbeddedMariaDb.start(Path.of(args[0]), Path.of(args[1]));
            write(server.createDatabase("crm"), "written before the kill");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
