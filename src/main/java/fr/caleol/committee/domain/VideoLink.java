package fr.caleol.committee.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address of a sitting's audio/video conference: an absolute https address with a host, no user name or password
 * in it, {@value #MAX} characters at most. A blank one means none.
 */
public final class VideoLink {

    public static final int MAX = 500;

    private VideoLink() {}

    /** Whether {@link #parse} accepts the text (blank included). */
    public static boolean isAcceptable(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The link as stored (trimmed), empty when blank; refused with a reason when it is not a safe https address. */
    public static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String link = text.strip();
        if (link.length() > MAX || link.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("not a link");
        }
        try {
            URI uri = new URI(link);
            if (!uri.isAbsolute() || !"https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null
                    || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("not an https link");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a link", e);
        }
        return Optional.of(link);
    }
}
