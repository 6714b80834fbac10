package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.caleol.base.ui.HomeContribution;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.committee.service.FollowUpService;
import java.util.List;
import java.util.Optional;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;

/** On the secretary's home page: the conditional attributions whose deadline passed without the document. */
@org.springframework.stereotype.Component
class OverdueConditionsOnHome implements HomeContribution {

    private final FollowUpService followUp;
    private final CurrentUser currentUser;

    OverdueConditionsOnHome(FollowUpService followUp, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.followUp = followUp;
    }

    @Override
    public Optional<Component> section() {
        if (!currentUser.hasAnyRole(Role.SECRETARY, Role.ADMIN)) {
            return Optional.empty();
        }
        List<FollowUpService.OverdueConditions> overdue = followUp.overdueConditionsEverywhere();
        if (overdue.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Section section = new Section(new H3(ui.getTranslation("followUp.home.title")));
        section.setId("overdue-conditions");
        section.addClassName("caleol-alert");
        UnorderedList list = new UnorderedList();
        for (FollowUpService.OverdueConditions o : overdue) {
            list.add(new ListItem(new RouterLink(ui.getTranslation("followUp.home.entry", o.count(),
                    Formats.date(o.sittingDate(), ui.getLocale())), MinutesView.class,
                    new RouteParameters("sittingId", String.valueOf(o.sittingId())))));
        }
        section.add(list);
        return Optional.of(section);
    }
}
