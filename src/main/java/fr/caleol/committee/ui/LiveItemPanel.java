package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.caleol.base.domain.Euros;
import fr.caleol.committee.domain.ItemState;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.service.LiveDiscussion;
import fr.caleol.committee.service.LiveState;
import fr.caleol.committee.service.ViewerState;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The item viewed: its dwelling, the candidates' comparison (built once per item: building it reads and audits
 * their dossiers), the vote, and the member's conflict declaration and sending back. Built when the viewer moves
 * to another item; updated in place otherwise.
 */
final class LiveItemPanel extends Div {

    /** Builds the candidates' comparison of an item. */
    @FunctionalInterface
    interface Comparisons {
        Component create(List<Long> applicationIds, long dwellingId, LocalDate assessmentDate);
    }

    private final LiveDiscussion discussion;
    private final LiveDialogs.Runner runner;
    private final Comparisons comparisons;
    private final Supplier<LiveVotePanel> votePanels;
    private final Paragraph empty = new Paragraph();
    private Long itemId;
    private Boolean recused;
    private Span withdrawn;
    private Span recusedBadge;
    private Component candidates;
    private LiveVotePanel vote;
    private HorizontalLayout memberActions;
    private Button sendBack;
    private Component conflict;

    LiveItemPanel(LiveDiscussion discussion, LiveDialogs.Runner runner, Comparisons comparisons,
            Supplier<LiveVotePanel> votePanels) {
        this.discussion = discussion;
        this.runner = runner;
        this.comparisons = comparisons;
        this.votePanels = votePanels;
        addClassName("caleol-live-item");
        empty.setText(getTranslation("live.noItem"));
        add(empty);
    }

    void show(ViewerState view) {
        ViewerState.ItemView itemView = view.item();
        InPlace.visible(empty, itemView == null);
        if (itemView == null) {
            return;
        }
        LiveState.Item item = itemView.item();
        if (!Long.valueOf(item.id()).equals(itemId)) {
            build(item);
        }
        if (!Boolean.valueOf(itemView.recused()).equals(recused)) {
            recused = itemView.recused();
            if (candidates != null) {
                remove(candidates);
                candidates = null;
            }
            if (!itemView.recused()) {
                candidates = comparisons.create(itemView.candidates().stream()
                        .map(LiveState.Candidate::applicationId).toList(), item.dwelling().id(), view.sitting().date());
                addComponentAtIndex(indexOf(vote), candidates);
            }
        }
        InPlace.visible(withdrawn, item.state() == ItemState.WITHDRAWN);
        InPlace.text(withdrawn, item.withdrawnReason() == null ? "" : item.withdrawnReason());
        InPlace.visible(recusedBadge, itemView.recused());
        vote.show(view);
        InPlace.visible(memberActions, view.me() != null && !item.closed());
        InPlace.visible(conflict, !itemView.recused());
        InPlace.visible(sendBack, view.sitting().mode() != SittingMode.IN_PERSON);
    }

    private void build(LiveState.Item item) {
        removeAll();
        itemId = item.id();
        recused = null;
        candidates = null;
        LiveState.Dwelling d = item.dwelling();
        add(empty, new H3(getTranslation("live.item", item.position(), d.reference(), d.communeName())),
                new Paragraph(getTranslation("live.dwelling", d.type().name(), d.surface(), d.address(),
                        Euros.format(d.monthlyRent(), getLocale()), Euros.format(d.monthlyCharges(), getLocale()),
                        d.financing().name(), getTranslation("housing.reservataire." + d.reservataire().name()))));
        if (item.exception() != null) {
            add(new Paragraph(getTranslation("live.exception",
                    getTranslation("committee.agendaException." + item.exception().name()))));
        }
        withdrawn = LiveDialogs.badge("", "alert");
        recusedBadge = LiveDialogs.badge(getTranslation("live.recused"), "alert");
        vote = votePanels.get();
        conflict = LiveDialogs.withReason(this, "declare-conflict", "live.conflict", "live.conflict.confirm", runner,
                reason -> discussion.declareConflict(item.id(), reason));
        sendBack = LiveDialogs.withReason(this, "send-back", "live.sendBack", "live.sendBack.confirm", runner,
                reason -> discussion.sendBackToPhysicalSitting(item.id(), reason));
        memberActions = new HorizontalLayout(conflict, sendBack);
        add(withdrawn, recusedBadge, vote, memberActions);
    }
}
