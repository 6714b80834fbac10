package fr.caleol.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import fr.caleol.base.ui.HomeContribution;
import fr.caleol.outreach.service.CallService;
import fr.caleol.outreach.service.WeeklyCall;
import java.util.List;
import java.util.Optional;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.CurrentUser;

/** On a volunteer's home page: how many tenants remain to be reached this week, with a link to the list. */
@org.springframework.stereotype.Component
class MyCallsOnHome implements HomeContribution {

    private final CallService calls;
    private final CurrentUser currentUser;

    MyCallsOnHome(CallService calls, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.calls = calls;
    }

    @Override
    public Optional<Component> section() {
        if (!currentUser.hasRole(Role.VOLUNTEER)) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        List<WeeklyCall> week = calls.myWeek();
        long toReach = week.stream().filter(w -> !w.reachedThisWeek()).count();
        Section section = new Section(new H3(ui.getTranslation("outreach.home.title")));
        section.setId("my-calls-home");
        section.add(new RouterLink(ui.getTranslation("outreach.home.summary", week.size(), toReach),
                MyCallsView.class));
        return Optional.of(section);
    }
}
