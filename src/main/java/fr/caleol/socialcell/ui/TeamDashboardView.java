package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.security.domain.Role;
import fr.caleol.socialcell.domain.CaseStatus;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.CasesChangedEvent;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The team lead's live counters: open cases by status, contacts per adviser over the last 12 months. */
@Route(value = "cellule-sociale/tableau-de-bord", layout = MainLayout.class)
@RolesAllowed({Role.Names.SOCIAL_CELL_LEAD, Role.Names.ADMIN})
public class TeamDashboardView extends VerticalLayout implements HasTitleKey {

    record StatusRow(CaseStatus status, int count) {}

    record AdviserRow(String adviser, Map<ContactKind, Integer> counts) {
        int count(ContactKind kind) {
            return counts.getOrDefault(kind, 0);
        }
    }

    private final ArrearsCaseService cases;
    private final Grid<StatusRow> byStatus = new Grid<>();
    private final Grid<AdviserRow> byAdviser = new Grid<>();

    public TeamDashboardView(ArrearsCaseService cases, EventBus bus) {
        this.cases = cases;
        byStatus.setId("socialcell-by-status");
        byStatus.addColumn(r -> getTranslation("socialcell.status." + r.status().name()))
                .setHeader(getTranslation("socialcell.status"));
        byStatus.addColumn(StatusRow::count).setHeader(getTranslation("socialcell.count"));
        byStatus.setAllRowsVisible(true);
        byAdviser.setId("socialcell-by-adviser");
        byAdviser.addColumn(AdviserRow::adviser).setHeader(getTranslation("socialcell.adviser"));
        for (ContactKind kind : ContactKind.values()) {
            byAdviser.addColumn(r -> r.count(kind)).setHeader(getTranslation("socialcell.contact." + kind.name()));
        }
        byAdviser.setAllRowsVisible(true);
        add(new H2(getTranslation("socialcell.dashboard.title")), new H3(getTranslation("socialcell.byStatus")),
                byStatus, new H3(getTranslation("socialcell.byAdviser")), byAdviser);
        refresh();
        UiEvents.subscribe(this, bus, CasesChangedEvent.class, e -> refresh());
    }

    private void refresh() {
        List<StatusRow> statuses = new ArrayList<>();
        cases.casesByStatus().forEach((s, n) -> statuses.add(new StatusRow(s, n)));
        byStatus.setItems(statuses);
        LocalDate today = LocalDate.now(LandlordTime.ZONE);
        List<AdviserRow> advisers = new ArrayList<>();
        cases.contactCounters(today.minusYears(200), today).forEach((a, m) -> advisers.add(new AdviserRow(a, m)));
        byAdviser.setItems(advisers);
    }

    @Override
    public String titleKey() {
        return "socialcell.dashboard.title";
    }
}
