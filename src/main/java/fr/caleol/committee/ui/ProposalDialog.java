package fr.caleol.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.RefusalGround;
import fr.caleol.committee.domain.DecisionProposal;
import fr.caleol.committee.service.LiveState;
import fr.caleol.committee.service.LiveVoting;
import fr.caleol.committee.service.ViewerState;
import java.util.ArrayList;
import java.util.List;

/** The president's proposal: one of the five legal decisions per candidate, then the vote opens. */
class ProposalDialog extends Dialog {

    private final List<Row> rows = new ArrayList<>();

    ProposalDialog(LiveVoting voting, ViewerState.ItemView view, Runnable onOpened) {
        setHeaderTitle(getTranslation("live.proposal.title"));
        setWidth("min(60rem, 95vw)");
        add(new Paragraph(getTranslation("live.proposal.help")));
        int rank = 1;
        for (LiveState.Candidate candidate : view.candidates()) {
            Row row = new Row(candidate, rank++);
            rows.add(row);
            add(row);
        }
        Button open = new Button(getTranslation("live.openVote"), click -> {
            try {
                voting.openVote(view.item().id(), rows.stream().map(Row::proposal).toList());
                close();
                onOpened.run();
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        open.setId("proposal-open-vote");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), open);
    }

    /** The decision for one candidate; the fields it needs appear with the type. */
    private final class Row extends HorizontalLayout {
        private final long applicationId;
        private final Select<DecisionType> type = new Select<>();
        private final IntegerField rank = new IntegerField(getTranslation("live.proposal.rank"));
        private final TextField missingDocument = new TextField(getTranslation("live.proposal.missingDocument"));
        private final LocalizedDatePicker deadline = new LocalizedDatePicker(getTranslation("live.proposal.deadline"));
        private final Select<RefusalGround> ground = new Select<>();
        private final TextField groundsText = new TextField(getTranslation("live.proposal.groundsText"));

        Row(LiveState.Candidate candidate, int defaultRank) {
            this.applicationId = candidate.applicationId();
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
            type.setLabel(candidate.applicantName());
            type.setItems(DecisionType.values());
            type.setItemLabelGenerator(t -> getTranslation("committee.decisionType." + t.name()));
            type.setValue(DecisionType.RANKED_ATTRIBUTION);
            type.setId("decision-type-" + candidate.position());
            rank.setValue(defaultRank);
            rank.setMin(1);
            rank.setWidth("6rem");
            ground.setLabel(getTranslation("live.proposal.ground"));
            ground.setItems(RefusalGround.values());
            ground.setItemLabelGenerator(g -> getTranslation("committee.refusalGround." + g.name()));
            groundsText.setMaxLength(1000);
            add(type, rank, missingDocument, deadline, ground, groundsText);
            type.addValueChangeListener(e -> showFields());
            showFields();
        }

        private void showFields() {
            DecisionType t = type.getValue();
            rank.setVisible(t == DecisionType.RANKED_ATTRIBUTION);
            missingDocument.setVisible(t == DecisionType.CONDITIONAL_ATTRIBUTION);
            deadline.setVisible(t == DecisionType.CONDITIONAL_ATTRIBUTION);
            boolean refusal = t == DecisionType.NON_ATTRIBUTION || t == DecisionType.INADMISSIBLE;
            ground.setVisible(refusal);
            groundsText.setVisible(refusal);
        }

        DecisionProposal proposal() {
            DecisionType t = type.getValue();
            return new DecisionProposal(applicationId, t, t == DecisionType.RANKED_ATTRIBUTION ? rank.getValue() : null,
                    t == DecisionType.CONDITIONAL_ATTRIBUTION ? missingDocument.getValue() : null,
                    t == DecisionType.CONDITIONAL_ATTRIBUTION ? deadline.getValue() : null,
                    t == DecisionType.NON_ATTRIBUTION || t == DecisionType.INADMISSIBLE ? ground.getValue() : null,
                    t == DecisionType.NON_ATTRIBUTION || t == DecisionType.INADMISSIBLE ? groundsText.getValue() : null);
        }
    }
}
