package fr.caleol.committee.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.BallotChoice;
import fr.caleol.committee.domain.Electorate;
import fr.caleol.committee.domain.ItemMessage;
import fr.caleol.committee.domain.ItemState;
import fr.caleol.committee.domain.ProposedDecision;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.committee.domain.VoteRound;
import fr.caleol.committee.service.LiveSittingService;
import fr.caleol.committee.service.SittingChangedEvent;
import fr.caleol.committee.service.SittingSnapshot;
import fr.caleol.committee.service.SittingSnapshot.Participant;
import fr.caleol.committee.service.SittingSnapshot.RoundView;
import fr.caleol.housing.domain.Dwelling;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The live sitting: agenda, the item under review with its candidates, presence, quorum, discussion and the vote,
 * all refreshed by server push whenever anything changes. Every refresh re-reads the state from the database, so a
 * member who reconnects sees exactly where the sitting stands.
 */
@Route(value = "seances/:sittingId/direct", layout = MainLayout.class)
@RolesAllowed({"COMMITTEE_MEMBER", "SECRETARY", "ADMIN"})
public class LiveSittingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveSittingService live;
    private final PresenceTracker presence;
    private final CandidatesPanelFactory candidatesPanels;
    private long sittingId;
    private Long viewedItemId;
    private Authentication identity;
    private SittingSnapshot snapshot;
    private final Checkbox follow = new Checkbox();
    /** The comparison is built once per item viewed: each build reads (and audits) the candidates' dossiers. */
    private Component candidatesComponent;
    private Long candidatesItemId;
    /**
     * The ballot buttons of the open round, kept across redraws: a click that reaches the server while another
     * event redraws the screen still finds its button.
     */
    private HorizontalLayout ballotButtons;
    private Long ballotButtonsRoundId;
    private final Div header = new Div();
    private final Div agendaPanel = new Div();
    private final Div itemPanel = new Div();
    private final Div sidePanel = new Div();

    public LiveSittingView(LiveSittingService live, PresenceTracker presence, EventBus eventBus,
            CandidatesPanelFactory candidatesPanels) {
        this.live = live;
        this.presence = presence;
        this.candidatesPanels = candidatesPanels;
        addClassName("caleol-live");
        setSizeFull();
        follow.setLabel(getTranslation("live.follow"));
        follow.setValue(true);
        follow.setId("follow-president");
        header.addClassName("caleol-live-header");
        agendaPanel.addClassName("caleol-live-agenda");
        itemPanel.addClassName("caleol-live-item");
        sidePanel.addClassName("caleol-live-side");
        HorizontalLayout body = new HorizontalLayout(agendaPanel, itemPanel, sidePanel);
        body.setWidthFull();
        body.setFlexGrow(1, itemPanel);
        add(header, body);
        UiEvents.subscribe(this, eventBus, SittingChangedEvent.class, event -> {
            if (event.sittingId() == sittingId) {
                refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sittingId = event.getRouteParameters().getLong("sittingId").orElse(-1L);
        try {
            snapshot = live.snapshot(sittingId, null);
        } catch (org.springframework.security.access.AccessDeniedException | BusinessException refused) {
            ErrorNotifier.show(refused);
            event.forwardTo(SittingsView.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        identity = SecurityContextHolder.getContext().getAuthentication();
        snapshot = live.snapshot(sittingId, null);
        if (snapshot.me() != null && (snapshot.sitting().getState() == SittingState.CONVENED
                || snapshot.sitting().getState() == SittingState.IN_PROGRESS)) {
            presence.opened(sittingId, identity);
        }
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (snapshot != null && snapshot.me() != null && identity != null) {
            presence.closed(sittingId, identity);
        }
    }

    /** Re-reads the sitting and redraws everything. */
    void refresh() {
        snapshot = live.snapshot(sittingId, follow.getValue() ? null : viewedItemId);
        if (follow.getValue() || viewedItemId == null) {
            viewedItemId = snapshot.item() == null ? null : snapshot.item().item().getId();
        }
        drawHeader();
        drawAgenda();
        drawItem();
        drawSide();
    }

    private void drawHeader() {
        header.removeAll();
        var sitting = snapshot.sitting();
        H2 title = new H2(getTranslation("live.title", sitting.getCommittee().getName(),
                Formats.date(sitting.getDate(), getLocale())));
        Span state = badge(getTranslation("committee.sittingState." + sitting.getState().name()), "state");
        state.setId("sitting-state");
        Span mode = new Span(getTranslation("committee.sittingMode." + sitting.getMode().name()));
        HorizontalLayout line = new HorizontalLayout(title, state, mode);
        line.setAlignItems(Alignment.BASELINE);
        line.setWrap(true);
        if (snapshot.item() != null) {
            var item = snapshot.item();
            Span quorum = badge(getTranslation(item.quorum() ? "live.quorum.met" : "live.quorum.missing",
                    item.electorate().presentVoters(), item.quorumRequired(), item.electorate().size()),
                    item.quorum() ? "ok" : "alert");
            quorum.setId("sitting-quorum");
            quorum.getElement().setAttribute("role", "status");
            line.add(quorum);
        }
        if (snapshot.iAmPresident()) {
            if (sitting.getState() == SittingState.CONVENED) {
                line.add(action("start-sitting", "live.start", VaadinIcon.PLAY, () -> live.start(sittingId)));
            } else if (sitting.getState() == SittingState.IN_PROGRESS) {
                line.add(confirmed("end-sitting", "live.end", "live.end.confirm", () -> live.end(sittingId)));
            }
        }
        line.add(follow);
        header.add(line);
    }

    private void drawAgenda() {
        agendaPanel.removeAll();
        agendaPanel.add(new H3(getTranslation("live.agenda")));
        UnorderedList list = new UnorderedList();
        list.setId("agenda");
        for (AgendaItem item : snapshot.agenda()) {
            Dwelling d = item.getDwelling();
            Button open = new Button(item.getPosition() + ". " + d.getReference() + " · " + d.getCommune().getName());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClickListener(click -> {
                follow.setValue(false);
                viewedItemId = item.getId();
                refresh();
            });
            Span state = badge(getTranslation("committee.itemState." + item.getState().name()),
                    item.getState().name().toLowerCase());
            ListItem entry = new ListItem(open, state);
            if (item.getId().equals(snapshot.sitting().getCurrentItemId())) {
                entry.addClassName("caleol-current");
                entry.getElement().setAttribute("aria-current", "step");
            }
            if (snapshot.iAmPresident() && snapshot.sitting().getState() == SittingState.IN_PROGRESS
                    && !item.getId().equals(snapshot.sitting().getCurrentItemId())) {
                Button bring = new Button(VaadinIcon.ARROW_CIRCLE_RIGHT.create(),
                        click -> run(() -> live.moveTo(sittingId, item.getId())));
                bring.setAriaLabel(getTranslation("live.moveTo"));
                bring.setTooltipText(getTranslation("live.moveTo"));
                bring.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                entry.add(bring);
            }
            list.add(entry);
        }
        agendaPanel.add(list);
    }

    private void drawItem() {
        itemPanel.removeAll();
        SittingSnapshot.ItemView view = snapshot.item();
        if (view == null) {
            itemPanel.add(new Paragraph(getTranslation("live.noItem")));
            return;
        }
        AgendaItem item = view.item();
        Dwelling d = item.getDwelling();
        itemPanel.add(new H3(getTranslation("live.item", item.getPosition(), d.getReference(), d.getCommune().getName())),
                new Paragraph(getTranslation("live.dwelling", d.getType().name(), d.getSurface(), d.getAddress(),
                        Formats.euros(d.getMonthlyRent(), getLocale()), Formats.euros(d.getMonthlyCharges(), getLocale()),
                        d.getFinancing().name(), getTranslation("housing.reservataire." + d.getReservataire().name()))));
        if (item.getException() != null) {
            itemPanel.add(new Paragraph(getTranslation("live.exception",
                    getTranslation("committee.agendaException." + item.getException().name()))));
        }
        if (item.getState() == ItemState.WITHDRAWN) {
            itemPanel.add(badge(item.getWithdrawnReason(), "alert"));
        }
        if (view.recused()) {
            itemPanel.add(badge(getTranslation("live.recused"), "alert"));
        } else {
            if (candidatesComponent == null || !item.getId().equals(candidatesItemId)) {
                candidatesComponent = candidatesPanels.create(view.candidates(), d.getId(), snapshot.sitting().getDate());
                candidatesItemId = item.getId();
            }
            itemPanel.add(candidatesComponent);
        }
        itemPanel.add(votePanel(view));
        if (snapshot.me() != null && item.getState() != ItemState.DECIDED && item.getState() != ItemState.WITHDRAWN) {
            HorizontalLayout memberActions = new HorizontalLayout();
            if (!view.recused()) {
                memberActions.add(withReason("declare-conflict", "live.conflict", "live.conflict.confirm",
                        reason -> live.declareConflict(item.getId(), reason)));
            }
            memberActions.add(withReason("send-back", "live.sendBack", "live.sendBack.confirm",
                    reason -> live.sendBackToPhysicalSitting(item.getId(), reason)));
            itemPanel.add(memberActions);
        }
    }

    private Component votePanel(SittingSnapshot.ItemView view) {
        Section panel = new Section();
        panel.setId("vote-panel");
        panel.addClassName("caleol-vote");
        panel.add(new H3(getTranslation("live.vote")));
        Map<Long, String> names = snapshot.participants().stream()
                .collect(Collectors.toMap(Participant::seatId, Participant::displayName));
        Map<Long, String> candidateNames = view.candidates().stream().collect(Collectors.toMap(
                c -> c.getApplication().getId(), c -> c.getApplication().getApplicantName(), (a, b) -> a));
        RoundView open = view.openRound();
        for (RoundView round : view.rounds()) {
            if (round != open) {
                panel.add(closedRound(round, names, candidateNames));
            }
        }
        if (open != null) {
            panel.add(openRound(open, view, names, candidateNames));
        } else if (snapshot.iAmPresident() && view.item().getState() != ItemState.DECIDED
                && view.item().getState() != ItemState.WITHDRAWN) {
            Button propose = new Button(getTranslation("live.openVote"), VaadinIcon.GAVEL.create(),
                    click -> new ProposalDialog(live, view, candidateNames, this::refresh).open());
            propose.setId("open-vote");
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            propose.setEnabled(view.quorum() && !view.candidates().isEmpty());
            panel.add(propose);
            if (!view.quorum()) {
                panel.add(new Paragraph(getTranslation("live.openVote.noQuorum")));
            }
        } else if (view.rounds().isEmpty()) {
            panel.add(new Paragraph(getTranslation("live.vote.none")));
        }
        return panel;
    }

    private Component openRound(RoundView round, SittingSnapshot.ItemView view, Map<Long, String> names,
            Map<Long, String> candidateNames) {
        Div box = new Div();
        box.setId("vote-open");
        box.addClassName("caleol-round-open");
        box.add(new Paragraph(getTranslation("live.round.open", round.round().getNumber())));
        box.add(decisions(round, candidateNames));
        Electorate electorate = round.electorate();
        long voters = electorate.voterCount();
        Paragraph frozen = new Paragraph(getTranslation("live.round.frozen", voters));
        frozen.setId("vote-electorate");
        box.add(frozen);
        Paragraph progress = new Paragraph(getTranslation("live.round.progress", round.votedSeatIds().size(), voters));
        progress.setId("vote-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        box.add(progress);
        UnorderedList voted = new UnorderedList();
        voted.setId("voted-list");
        round.votedSeatIds().forEach(seatId -> voted.add(new ListItem(VaadinIcon.CHECK.create(),
                new Span(names.getOrDefault(seatId, "?")))));
        box.add(voted);
        Participant me = snapshot.me();
        if (me != null && round.myBallot() != null) {
            Span mine = badge(getTranslation("live.ballot.mine",
                    getTranslation("committee.ballotChoice." + round.myBallot().name())), "ok");
            mine.setId("my-ballot");
            box.add(mine);
        } else if (me != null && electorate.mayVote(me.seatId())) {
            box.add(ballotButtons(round.round().getId()));
        } else if (me != null) {
            box.add(new Paragraph(getTranslation("live.ballot.role." + electorate.roleOf(me.seatId()).name())));
        }
        if (snapshot.iAmPresident()) {
            box.add(confirmed("close-vote", "live.closeVote", "live.closeVote.confirm",
                    () -> live.closeVote(round.round().getId())));
        }
        return box;
    }

    private HorizontalLayout ballotButtons(long roundId) {
        if (ballotButtons == null || ballotButtonsRoundId != roundId) {
            ballotButtons = new HorizontalLayout();
            ballotButtonsRoundId = roundId;
            for (BallotChoice choice : BallotChoice.values()) {
                Button b = new Button(getTranslation("committee.ballotChoice." + choice.name()),
                        click -> run(() -> live.castBallot(roundId, choice)));
                b.setId("ballot-" + choice.name().toLowerCase());
                b.addThemeVariants(choice == BallotChoice.FOR ? ButtonVariant.LUMO_SUCCESS
                        : choice == BallotChoice.AGAINST ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
                ballotButtons.add(b);
            }
        }
        return ballotButtons;
    }

    private Component closedRound(RoundView round, Map<Long, String> names, Map<Long, String> candidateNames) {
        VoteRound r = round.round();
        Div box = new Div();
        box.addClassName("caleol-round-closed");
        box.getElement().setAttribute("data-round", String.valueOf(r.getNumber()));
        Span outcome = badge(getTranslation(Boolean.TRUE.equals(r.getAdopted()) ? "live.outcome.adopted"
                : "live.outcome.rejected", r.getNumber()), Boolean.TRUE.equals(r.getAdopted()) ? "ok" : "alert");
        outcome.setId("outcome-" + r.getNumber());
        Paragraph tally = new Paragraph(getTranslation("live.tally", r.getVotesFor(), r.getVotesAgainst(),
                r.getAbstentions()) + (r.isCastingVoteUsed() ? " " + getTranslation("live.castingVote") : ""));
        tally.setId("tally-" + r.getNumber());
        box.add(outcome, tally, decisions(round, candidateNames));
        UnorderedList named = new UnorderedList();
        round.ballots().forEach((seatId, choice) -> named.add(new ListItem(names.getOrDefault(seatId, "?") + " : "
                + getTranslation("committee.ballotChoice." + choice.name()))));
        box.add(named);
        return box;
    }

    private Component decisions(RoundView round, Map<Long, String> candidateNames) {
        UnorderedList list = new UnorderedList();
        for (ProposedDecision d : round.decisions()) {
            StringBuilder text = new StringBuilder(candidateNames.getOrDefault(d.getApplicationId(),
                    getTranslation("live.candidateHidden"))).append(" : ")
                    .append(getTranslation("committee.decisionType." + d.getType().name()));
            if (d.getRank() != null) {
                text.append(" ").append(getTranslation("live.rank", d.getRank()));
            }
            if (d.getMissingDocument() != null) {
                text.append(" — ").append(getTranslation("live.condition", d.getMissingDocument(),
                        Formats.date(d.getConditionDeadline(), getLocale())));
            }
            if (d.getGround() != null) {
                text.append(" — ").append(getTranslation("committee.refusalGround." + d.getGround().name()));
                if (d.getGroundsText() != null) {
                    text.append(" (").append(d.getGroundsText()).append(")");
                }
            }
            list.add(new ListItem(text.toString()));
        }
        return list;
    }

    private void drawSide() {
        sidePanel.removeAll();
        sidePanel.add(new H3(getTranslation("live.presence")));
        UnorderedList people = new UnorderedList();
        people.setId("presence-list");
        Electorate electorate = snapshot.item() == null ? null : snapshot.item().electorate();
        for (Participant p : snapshot.participants()) {
            Span dot = new Span(p.present() ? "●" : "○");
            dot.addClassName(p.present() ? "caleol-present" : "caleol-absent");
            dot.getElement().setAttribute("aria-hidden", "true");
            String role = getTranslation("committee.seatKind." + p.kind().name())
                    + (p.communeName() == null ? "" : " (" + p.communeName() + ")");
            String part = electorate == null ? "" : " · " + getTranslation("live.part." + electorate.roleOf(p.seatId()).name());
            ListItem entry = new ListItem(dot, new Span(" " + p.displayName() + " — " + role + part + " — "
                    + getTranslation(p.present() ? "live.present" : "live.absent")));
            entry.getElement().setAttribute("data-username", p.username());
            entry.getElement().setAttribute("data-present", String.valueOf(p.present()));
            people.add(entry);
        }
        sidePanel.add(people);
        if (snapshot.item() != null) {
            sidePanel.add(thread(snapshot.item()));
        }
    }

    private Component thread(SittingSnapshot.ItemView view) {
        Section thread = new Section(new H3(getTranslation("live.thread")));
        thread.setId("thread");
        UnorderedList messages = new UnorderedList();
        for (ItemMessage m : view.messages()) {
            messages.add(new ListItem(new Span(Formats.utcDateTime(LocalDateTime.ofInstant(m.getPostedAt(),
                    ZoneOffset.UTC), getLocale()).substring(11, 16) + " " + m.getAuthorName() + " : "), new Span(m.getText())));
        }
        thread.add(messages);
        if (snapshot.me() != null) {
            TextField message = new TextField();
            message.setId("message-input");
            message.setAriaLabel(getTranslation("live.message"));
            message.setPlaceholder(getTranslation("live.message"));
            message.setMaxLength(ItemMessage.TEXT_MAX);
            Button send = new Button(getTranslation("live.send"), click -> {
                String text = message.getValue();
                run(() -> live.postMessage(view.item().getId(), text));
            });
            send.setId("message-send");
            send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
            thread.add(new HorizontalLayout(message, send));
        }
        return thread;
    }

    // ------------------------------------------------------------------------------------------- small helpers

    private Button action(String id, String labelKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> run(action));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button confirmed(String id, String labelKey, String confirmKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation(labelKey), getTranslation(confirmKey),
                    getTranslation(labelKey), ok -> run(action));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.open();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button withReason(String id, String labelKey, String confirmKey,
            java.util.function.Consumer<String> action) {
        Button button = new Button(getTranslation(labelKey), click -> {
            TextArea reason = new TextArea(getTranslation("live.reason"));
            reason.setMaxLength(LiveSittingService.REASON_MAX);
            reason.setWidthFull();
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation(labelKey));
            dialog.add(new Paragraph(getTranslation(confirmKey)), reason);
            dialog.setConfirmText(getTranslation(labelKey));
            dialog.addConfirmListener(ok -> run(() -> action.accept(reason.getValue())));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.open();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (BusinessException | org.springframework.security.access.AccessDeniedException e) {
            ErrorNotifier.show(e);
            refresh();
        }
    }

    private static Span badge(String text, String kind) {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge");
        span.addClassName("caleol-badge-" + kind);
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.pageTitle") + " · CALEOL";
    }

    /** The candidates of the item as shown here. */
    static String candidateLabel(AgendaCandidate candidate) {
        return candidate.getPosition() + ". " + candidate.getApplication().getApplicantName() + " ("
                + candidate.getApplication().getNumeroUnique().formatted() + ")";
    }
}
