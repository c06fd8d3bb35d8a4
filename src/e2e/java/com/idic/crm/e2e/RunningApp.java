package com.idic.crm.e2e;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The packaged application, started with {@code java -jar} on a free port against this test run's own
 * database, as a real installation starts: an external database (so no demo users), the first
 * administrator from CRM_ADMIN_USERNAME / CRM_ADMIN_PASSWORD, and a small demo company to work on.
 */
final class RunningApp implements AutoCloseable {

    static final String ADMIN_USERNAME = "first-admin";
    static final String ADMIN_PASSWORD = "e2e first administrator passphrase";

    private final Process process;
    private final Path log;
    final String baseUrl;

    private RunningApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.baseUrl = "http://localhost:" + port;
    }

    static RunningApp start(String jdbcUrl) throws IOException, InterruptedException {
        String jar = System.getProperty("crm.e2e.jar");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("Packaged jar not found (crm.e2e.jar=" + jar + "); run ./mvnw -Pproduction,e2e verify");
        }
        int port = freePort();
        Path log = Files.createTempFile("crm-e2e-app", ".log");
        ProcessBuilder command = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--crm.demo-data.enabled=true",
                "--crm.demo-data.customers=300",
                "--crm.demo-data.orders=3000"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        command.environment().put("CRM_ADMIN_USERNAME", ADMIN_USERNAME);
        command.environment().put("CRM_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = command.start();
        RunningApp app = new RunningApp(process, log, port);
        app.awaitReady(Duration.ofSeconds(180));
        return app;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited early:\n" + tail());
            }
            if (Files.readString(log).contains("Started Application") && answers()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app did not start within " + timeout + ":\n" + tail());
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + "/login").toURL().openConnection();
            connection.setConnectTimeout(1000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
