package fr.caleol.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.service.SittingService;
import fr.caleol.mail.domain.MailKind;
import fr.caleol.mail.domain.OutboxMail;
import fr.caleol.mail.service.MailAdmin;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.Mailbox;
import fr.caleol.support.TestUsers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The administrators' mail screens: the outbox with the text of each mail, the templates, the test inbox. */
class MailScreensIT extends KaribuTest {

    @Autowired CommitteeFixtures fixtures;
    @Autowired SittingService sittings;
    @Autowired MailAdmin admin;
    @Autowired Mailbox mailbox;

    private LiveSitting convened() {
        LiveSitting s = fixtures.preparedSitting(LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(9),
                LocalTime.of(9, 30), 0);
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
        sittings.convene(s.sittingId());
        mailbox.await(s.president() + "@" + CommitteeFixtures.MAIL_DOMAIN, 1, m -> true);
        mailbox.awaitAllSent("sitting:" + s.sittingId());
        return s;
    }

    @Test
    void the_outbox_lists_a_convocation_sent_and_shows_its_text_and_invitation() {
        LiveSitting s = convened();
        openAs("admin", Role.ADMIN);
        UI.getCurrent().navigate(MailsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("mail-recipient")), s.president());
        @SuppressWarnings("unchecked")
        Grid<OutboxMail> grid = _get(Grid.class, spec -> spec.withId("mail-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        OutboxMail mail = GridKt._get(grid, 0);
        assertThat(mail.getKind()).isEqualTo(MailKind.CONVOCATION);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Envoyé");

        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withId("mail-read-" + mail.getId())));
        assertThat(_get(Pre.class, spec -> spec.withId("mail-body")).getText()).contains("Vous êtes convoqué");
        assertThat(_get(Pre.class, spec -> spec.withId("mail-calendar")).getText()).contains("METHOD:REQUEST")
                .contains("UID:caleol-sitting-" + s.sittingId() + "@localhost");
    }

    @Test
    void the_test_inbox_shows_the_caught_convocation_with_its_calendar_event() {
        LiveSitting s = convened();
        openAs("admin", Role.ADMIN);
        UI.getCurrent().navigate(CaughtMailsView.class);
        assertThat(_find(Details.class)).anySatisfy(details -> {
            assertThat(details.getSummaryText()).contains(s.president()).contains("Convocation");
        });
    }

    @Test
    void a_template_with_an_unknown_placeholder_is_refused_and_a_good_one_applies_to_the_next_mails() {
        openAs("admin", Role.ADMIN);
        UI.getCurrent().navigate(MailTemplatesView.class);
        @SuppressWarnings("unchecked")
        Select<MailKind> kind = _get(Select.class, spec -> spec.withId("mail-template-kind"));
        _setValue(kind, MailKind.REMINDER_HOUR);
        TextArea body = _get(TextArea.class, spec -> spec.withId("mail-template-body"));
        String original = body.getValue();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("mail-template-placeholders")).getText()).contains("{{lien_visio}}");

        MailAdmin.Template template = admin.templates().stream()
                .filter(t -> t.kind() == MailKind.REMINDER_HOUR && t.language().equals("fr")).findFirst().orElseThrow();
        assertThatThrownBy(() -> admin.saveTemplate(MailKind.REMINDER_HOUR, "fr", template.version(),
                template.subject(), original + "\n{{numero_unique}}")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("mail.error.unknownPlaceholder");

        _setValue(body, original + "\nÀ tout à l’heure.");
        _click(_get(Button.class, spec -> spec.withId("mail-template-save")));
        assertThat(admin.templates().stream().filter(t -> t.kind() == MailKind.REMINDER_HOUR
                && t.language().equals("fr")).findFirst().orElseThrow().body()).endsWith("À tout à l’heure.");

        _setValue(body, original);
        _click(_get(Button.class, spec -> spec.withId("mail-template-save")));
    }

    @Test
    void only_an_administrator_reads_the_outbox() {
        TestUsers.actAs("secretaire", Role.SECRETARY);
        assertThatThrownBy(() -> admin.page(new MailAdmin.Filter(null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.templates()).isInstanceOf(AccessDeniedException.class);
        TestUsers.anonymous();
    }
}
