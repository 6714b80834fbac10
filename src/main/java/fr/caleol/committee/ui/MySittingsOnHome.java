package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.ui.HomeContribution;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.service.SittingService;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** On a committee member's home page: the sittings they are convened to, with a link to join. */
@org.springframework.stereotype.Component
class MySittingsOnHome implements HomeContribution {

    private final SittingService sittings;
    private final CurrentUser currentUser;
    private final Clock clock;

    MySittingsOnHome(SittingService sittings, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.currentUser = currentUser;
        this.sittings = sittings;
    }

    @Override
    public Optional<Component> section() {
        if (!currentUser.hasRole(Role.COMMITTEE_MEMBER)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        List<Sitting> upcoming = sittings.mySittings().stream()
                .filter(s -> s.getState() == SittingState.CONVENED || s.getState() == SittingState.IN_PROGRESS)
                .filter(s -> !s.getDate().isBefore(LandlordTime.today(clock).minusDays(1)))
                .toList();
        Section section = new Section(new H3(ui.getTranslation("home.mySittings")));
        section.setId("my-sittings");
        if (upcoming.isEmpty()) {
            section.add(ui.getTranslation("home.mySittings.none"));
        }
        UnorderedList list = new UnorderedList();
        for (Sitting s : upcoming) {
            RouterLink link = new RouterLink(ui.getTranslation("home.mySittings.entry", s.getCommittee().getName(),
                    Formats.date(s.getDate(), ui.getLocale()), s.getStartTime().toString(),
                    ui.getTranslation("committee.sittingState." + s.getState().name())),
                    LiveSittingView.class, new RouteParameters("sittingId", String.valueOf(s.getId())));
            list.add(new ListItem(link));
        }
        section.add(list);
        return Optional.of(section);
    }
}
