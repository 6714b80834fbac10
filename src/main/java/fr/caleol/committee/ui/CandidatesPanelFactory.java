package fr.caleol.committee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import fr.caleol.committee.domain.AgendaCandidate;
import java.time.LocalDate;
import java.util.List;

/** Builds the candidates' side-by-side comparison of an agenda item (the housing feature's component). */
@org.springframework.stereotype.Component
class CandidatesPanelFactory {

    Component create(List<AgendaCandidate> candidates, long dwellingId, LocalDate assessmentDate) {
        OrderedList list = new OrderedList();
        list.setId("candidates");
        candidates.forEach(c -> list.add(new ListItem(LiveSittingView.candidateLabel(c))));
        return list;
    }
}
