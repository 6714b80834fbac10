package fr.caleol.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.service.LiveLead;
import fr.caleol.committee.service.LiveState;
import fr.caleol.committee.service.ViewerState;
import java.util.Objects;

/** The sitting's title, state, mode and quorum, the president's start and end, and "follow the president". */
final class LiveHeader extends Div {

    private final H2 title = new H2();
    private final Span state = LiveDialogs.badge("", "state");
    private final Span mode = new Span();
    private final Span quorum = LiveDialogs.badge("", "alert");
    private final Button start;
    private final Button end;
    private final Div video = new Div();
    private String shownVideoUrl;

    LiveHeader(long sittingId, LiveLead lead, LiveDialogs.Runner runner, Checkbox follow) {
        addClassName("caleol-live-header");
        state.setId("sitting-state");
        quorum.setId("sitting-quorum");
        start = new Button(getTranslation("live.start"), VaadinIcon.PLAY.create(),
                click -> runner.run(() -> lead.start(sittingId)));
        start.setId("start-sitting");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end = LiveDialogs.confirmed(this, "end-sitting", "live.end", "live.end.confirm", runner,
                () -> lead.end(sittingId));
        video.setId("sitting-video");
        HorizontalLayout line = new HorizontalLayout(title, state, mode, quorum, start, end, video, follow);
        line.setAlignItems(Alignment.BASELINE);
        line.setWrap(true);
        add(line);
    }

    void show(ViewerState view) {
        LiveState.Info sitting = view.sitting();
        InPlace.text(title, getTranslation("live.title", sitting.committeeName(), Formats.date(sitting.date(), getLocale())));
        InPlace.text(state, getTranslation("committee.sittingState." + sitting.state().name()));
        InPlace.text(mode, getTranslation("committee.sittingMode." + sitting.mode().name()));
        InPlace.visible(quorum, view.item() != null);
        if (view.item() != null) {
            LiveState.Item item = view.item().item();
            LiveDialogs.badge(quorum, getTranslation(item.quorum() ? "live.quorum.met" : "live.quorum.missing",
                    item.electorate().presentVoters(), item.quorumRequired(), item.electorate().size()),
                    item.quorum() ? "ok" : "alert");
        }
        String videoUrl = sitting.state() == SittingState.CLOSED || sitting.state() == SittingState.CANCELLED ? null
                : sitting.videoUrl();
        if (!Objects.equals(videoUrl, shownVideoUrl)) {
            video.removeAll();
            if (videoUrl != null) {
                video.add(SittingsView.videoAnchor(videoUrl, "video-link"));
            }
            shownVideoUrl = videoUrl;
        }
        InPlace.visible(start, view.iLead() && sitting.state() == SittingState.CONVENED);
        InPlace.visible(end, view.iLead() && sitting.state() == SittingState.IN_PROGRESS);
    }
}
