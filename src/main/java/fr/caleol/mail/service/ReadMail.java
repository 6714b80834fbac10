package fr.caleol.mail.service;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A received mail as its reader sees it: who it is for, its subject, its text and its calendar invitation (the
 * {@code text/calendar} part, null when none).
 */
public record ReadMail(Instant receivedAt, List<String> to, String from, String subject, String text,
        String calendar, String calendarContentType) {

    /** Reads a MIME message: the first text/plain part is the text, the first text/calendar part the invitation. */
    public static ReadMail of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.visit(message);
            Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : null;
            List<String> to = message.getAllRecipients() == null ? List.of()
                    : Arrays.stream(message.getAllRecipients()).map(Object::toString).collect(Collectors.toList());
            String from = message.getFrom() == null || message.getFrom().length == 0 ? null
                    : message.getFrom()[0].toString();
            return new ReadMail(received, to, from, message.getSubject(), parts.text, parts.calendar,
                    parts.calendarType);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail: " + e.getMessage(), e);
        }
    }

    private static final class Parts {
        String text;
        String calendar;
        String calendarType;

        void visit(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    visit(child);
                }
            } else if (part.isMimeType("text/plain") && text == null && !Part.ATTACHMENT.equalsIgnoreCase(
                    part.getDisposition())) {
                text = part.getContent().toString();
            } else if (part.isMimeType("text/calendar") && calendar == null) {
                calendar = utf8(part.getInputStream());
                calendarType = part.getContentType();
            }
        }

        private static String utf8(InputStream in) throws IOException {
            try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                return out.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
