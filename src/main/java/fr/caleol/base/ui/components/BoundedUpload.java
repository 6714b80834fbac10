package fr.caleol.base.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * An upload handler whose limits hold on the server, not only in the browser (the Upload component's maximum size
 * is a client-side check that a replayed request ignores): the file is read in blocks, its bytes and lines counted
 * as they arrive, and reading stops at the first block past a limit, so a 1 GB body costs at most the limit in
 * memory. A refused file is rejected with a French message, shown to the user; an accepted one goes to
 * {@code received} inside the UI's lock, as with Vaadin's in-memory handler.
 */
public final class BoundedUpload implements UploadHandler {

    private static final int BLOCK = 64 * 1024;

    private final long maxBytes;
    private final int maxLines;
    private final BiConsumer<String, byte[]> received;

    private BoundedUpload(long maxBytes, int maxLines, BiConsumer<String, byte[]> received) {
        this.maxBytes = maxBytes;
        this.maxLines = maxLines;
        this.received = received;
    }

    /** At most {@code maxBytes} and {@code maxLines} lines; {@code received} gets the file name and its bytes. */
    public static BoundedUpload of(long maxBytes, int maxLines, BiConsumer<String, byte[]> received) {
        return new BoundedUpload(maxBytes, maxLines, received);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, "upload.error.tooLarge", megabytes());
            return;
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream((int) Math.min(Math.max(event.getFileSize(), 0),
                maxBytes));
        long lines = 0;
        try (InputStream in = event.getInputStream()) {
            byte[] block = new byte[BLOCK];
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                if (content.size() + (long) n > maxBytes) {
                    refuse(event, ui, "upload.error.tooLarge", megabytes());
                    return;
                }
                for (int i = 0; i < n; i++) {
                    if (block[i] == '\n') {
                        lines++;
                    }
                }
                if (lines > maxLines) {
                    refuse(event, ui, "upload.error.tooManyLines", maxLines);
                    return;
                }
                content.write(block, 0, n);
            }
        }
        byte[] bytes = content.toByteArray();
        String name = event.getFileName();
        ui.access(() -> received.accept(name, bytes));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + BLOCK;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    private long megabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    private static void refuse(UploadEvent event, UI ui, String key, Object argument) {
        event.reject(ui.getTranslation(key, argument));
        ui.access(() -> Notification.show(ui.getTranslation(key, argument), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }
}
