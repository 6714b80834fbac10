package fr.caleol.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EurosTest {

    @Test
    void a_french_screen_and_every_document_write_the_amount_the_french_way_with_no_break_spaces() {
        assertThat(Euros.format(new BigDecimal("1234.5"), Locale.FRENCH)).isEqualTo("1\u00a0234,50\u00a0€");
        assertThat(Euros.french(new BigDecimal("1234.5"))).isEqualTo("1\u00a0234,50\u00a0€");
        assertThat(Euros.french(new BigDecimal("1234.5"))).doesNotContain("\u202f");
    }

    @Test
    void an_english_screen_writes_the_euro_sign_first() {
        assertThat(Euros.format(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("€1,234.50");
    }

    @Test
    void income_ceilings_are_whole_euros_and_nothing_is_written_for_an_unknown_amount() {
        assertThat(Euros.whole(22_642, Locale.FRENCH)).isEqualTo("22\u00a0642\u00a0€");
        assertThat(Euros.format((Long) null, Locale.FRENCH)).isEmpty();
        assertThat(Euros.format((BigDecimal) null, Locale.FRENCH)).isEmpty();
    }
}
