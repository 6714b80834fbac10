package fr.caleol.socialcell.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import fr.caleol.base.events.EventBus;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.service.PlanDefaultEvent;
import fr.caleol.support.KaribuTest;
import fr.caleol.support.OutreachFixtures;
import fr.caleol.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LedgerImportViewIT extends KaribuTest {

    static final String HEADER = "bail;type;date;echeance;montant;moyen;reference\n";

    @Autowired OutreachFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventBus bus;

    long lease;
    String leaseRef;

    @BeforeEach
    void aLease() {
        LocalDate day = OutreachFixtures.uniqueDay();
        long tenant = fixtures.household(day, "Compte", day.minusYears(40)).getFirst();
        lease = jdbc.queryForObject("SELECT l.id FROM lease l JOIN tenant t ON t.household_id = l.household_id "
                + "WHERE t.id = ?", Long.class, tenant);
        leaseRef = jdbc.queryForObject("SELECT reference FROM lease WHERE id = ?", String.class, lease);
    }

    int movements() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rent_movement WHERE lease_id = ?", Integer.class, lease);
    }

    @Test
    void a_file_with_errors_is_reported_line_by_line_and_imports_nothing() throws InterruptedException {
        openAs("responsable", Role.SOCIAL_CELL_LEAD);
        UI.getCurrent().navigate(LedgerImportView.class);
        assertThat(_find(Anchor.class, spec -> spec.withId("ledger-sample"))).hasSize(1);
        upload(HEADER + leaseRef + ";APPEL;05/01/1950;05/01/1950;480,00;;\n"
                + leaseRef + ";PAIEMENT;06/01/1950;;480,00;BITCOIN;\n"
                + "INCONNU-42;APL;31/02/1950;;100;;\n");

        assertThat(awaitOutcome()).isEqualTo("Fichier refusé, rien n’a été importé : 3 erreur(s) sur 3 ligne(s).");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("ledger-report"));
        assertThat(grid.isVisible()).isTrue();
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(_getFormattedRow(grid, 0)).containsExactly("3", "moyen",
                "Moyen de paiement invalide : « BITCOIN »");
        assertThat(_getFormattedRow(grid, 1)).containsExactly("4", "bail", "Bail inconnu : INCONNU-42");
        assertThat(movements()).isZero();
    }

    @Test
    void a_good_file_is_imported_and_the_counts_are_shown() throws InterruptedException {
        openAs("responsable", Role.SOCIAL_CELL_LEAD);
        UI.getCurrent().navigate(LedgerImportView.class);
        upload(HEADER + leaseRef + ";APPEL;05/01/1950;05/01/1950;480,00;;\n"
                + leaseRef + ";PAIEMENT;06/01/1950;;480,00;DIRECT_DEBIT;PRLV-1\n");

        assertThat(awaitOutcome()).startsWith("2 mouvements importés. Dossiers ouverts : ");
        assertThat(_find(Grid.class, spec -> spec.withId("ledger-report"))).as("no visible error list").isEmpty();
        assertThat(_get(Upload.class, spec -> spec.withId("ledger-upload")).isEnabled()).isTrue();
        assertThat(movements()).isEqualTo(2);
    }

    @Test
    void a_plan_in_default_alerts_its_adviser_live_and_nobody_else() {
        String adviser = TestUsers.unique("cons");
        openAs(adviser, Role.SOCIAL_ADVISER);
        UI.getCurrent().navigate(LedgerImportView.class);
        NotificationsKt.clearNotifications();
        bus.publish(new PlanDefaultEvent(1L, 2L, "someone-else", "Autre Locataire (B-1)"));
        bus.publish(new PlanDefaultEvent(3L, 4L, adviser, "Martin Jeanne (B-2)"));
        awaitUi(() -> !NotificationsKt.getNotifications().isEmpty());
        assertThat(NotificationsKt.getNotifications()).extracting(LedgerImportViewIT::text).containsExactly(
                "Plan d’apurement en défaut : Martin Jeanne (B-2) — mise en demeure à envoyer");
    }

    @Test
    void the_lead_gets_one_notification_counting_the_defaults_of_an_import() {
        openAs("responsable", Role.SOCIAL_CELL_LEAD);
        UI.getCurrent().navigate(LedgerImportView.class);
        NotificationsKt.clearNotifications();
        for (int i = 1; i <= 3; i++) {
            bus.publish(new PlanDefaultEvent(i, i, "cons-" + i, "Locataire " + i + " (B-" + i + ")"));
        }
        awaitUi(() -> NotificationsKt.getNotifications().stream().map(LedgerImportViewIT::text)
                .anyMatch(t -> t.startsWith("3 ")));
        assertThat(NotificationsKt.getNotifications()).extracting(LedgerImportViewIT::text).containsExactly(
                "3 plans d’apurement en défaut — mises en demeure à envoyer (voir la liste « À faire »)");
    }

    @Test
    void the_lead_finds_the_import_in_the_menu_and_a_volunteer_cannot_open_it() {
        openAs("responsable", Role.SOCIAL_CELL_LEAD);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .contains("Import du compte locataire");
        MockVaadin.tearDown();
        openAs("benevole", Role.VOLUNTEER);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .doesNotContain("Import du compte locataire");
        UI.getCurrent().navigate(LedgerImportView.class);
        assertThat(_find(LedgerImportView.class)).isEmpty();
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", n.getElement().getText());
    }

    @Test
    void a_file_past_the_server_limits_is_refused_in_french_whatever_the_browser_said() {
        openAs("responsable", Role.SOCIAL_CELL_LEAD);
        UI.getCurrent().navigate(LedgerImportView.class);
        NotificationsKt.clearNotifications();
        byte[] huge = new byte[LedgerImportView.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("ledger-upload")), "enorme.csv", "text/csv", huge);
        MockVaadin.runUIQueue();
        assertThat(NotificationsKt.getNotifications()).extracting(LedgerImportViewIT::text)
                .containsExactly("Fichier refusé : il dépasse 20 Mo. Découpez-le en plusieurs fichiers, puis "
                        + "déposez-les l’un après l’autre.");

        NotificationsKt.clearNotifications();
        upload(HEADER + (leaseRef + ";PAIEMENT;06/01/1950;;1,00;CHEQUE;\n").repeat(LedgerImportView.MAX_LINES));
        assertThat(NotificationsKt.getNotifications()).extracting(LedgerImportViewIT::text).singleElement()
                .asString().startsWith("Fichier refusé : il dépasse 300");
        assertThat(movements()).isZero();
    }

    private static void upload(String csv) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("ledger-upload")), "compte.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
    }

    private static String awaitOutcome() throws InterruptedException {
        Div outcome = _get(Div.class, spec -> spec.withId("ledger-outcome"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (outcome.getText().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        return outcome.getText();
    }
}
