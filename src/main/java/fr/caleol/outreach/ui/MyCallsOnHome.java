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
import org.springframework.security.core.context.SecurityContextHolder;

/** On a volunteer's home page: how many tenants remain to be reached this week, with a link to the list. */
@org.springframework.stereotype.Component
class MyCallsOnHome implements HomeContribution {

    private final CallService calls;

    MyCallsOnHome(CallService calls) {
        this.calls = calls;
    }

    @Override
    public Optional<Component> section() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean volunteer = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_VOLUNTEER"));
        if (!volunteer) {
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
