package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VideoLinkTest {

    @Test
    void a_full_https_address_is_kept_trimmed_and_a_blank_one_means_none() {
        assertThat(VideoLink.parse("  https://webconf.numerique.gouv.fr/caleol-est-12 "))
                .contains("https://webconf.numerique.gouv.fr/caleol-est-12");
        assertThat(VideoLink.parse("HTTPS://meet.jit.si/Caleol?room=1#x")).contains("HTTPS://meet.jit.si/Caleol?room=1#x");
        assertThat(VideoLink.parse("   ")).isEmpty();
        assertThat(VideoLink.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://meet.example.org/room", "javascript:alert(1)", "meet.example.org/room",
            "https://", "https:///path", "https://user:secret@meet.example.org/room", "https://meet.example.org/a b",
            "ftp://meet.example.org", "https://meet.example.org/\u0000", "//meet.example.org/room"})
    void anything_else_is_refused(String text) {
        assertThatThrownBy(() -> VideoLink.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_link_longer_than_the_column_is_refused() {
        String longest = "https://meet.example.org/" + "a".repeat(VideoLink.MAX - 25);
        assertThat(VideoLink.parse(longest)).contains(longest);
        assertThatThrownBy(() -> VideoLink.parse(longest + "a")).isInstanceOf(IllegalArgumentException.class);
    }
}
