package fr.caleol.housing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.housing.domain.cotation.CotationKind;
import fr.caleol.housing.domain.cotation.CotationScore;
import fr.caleol.housing.service.CotationService;

/**
 * An application's score under one version of a cotation grid, with what each criterion gave: an aid for the
 * committee, never its decision.
 */
public class CotationPanel extends Div {

    public CotationPanel(CotationService.Grid grid, CotationScore score) {
        addClassName("caleol-cotation");
        Paragraph total = new Paragraph();
        Span points = new Span(getTranslation("cotation.total", score.total()));
        points.addClassName("caleol-cotation-total");
        total.add(points, new Span(" — " + getTranslation("cotation.grid", grid.territory(), grid.version(),
                Formats.dateTime(grid.publishedAt(), getLocale()))));
        add(total);
        if (score.lines().isEmpty()) {
            add(new Paragraph(getTranslation("cotation.noPoints")));
        } else {
            UnorderedList lines = new UnorderedList();
            lines.addClassName("caleol-cotation-lines");
            for (CotationScore.Line line : score.lines()) {
                String what = line.kind() == CotationKind.SENIORITY_MONTHS
                        ? getTranslation("cotation.line.months", line.label(), line.quantity())
                        : line.label();
                lines.add(new ListItem(getTranslation("cotation.line", what, line.points())));
            }
            add(lines);
        }
        Paragraph aid = new Paragraph(getTranslation("cotation.aid"));
        aid.addClassName("caleol-help");
        add(aid);
    }

    /** When the territory has no grid, or the sitting was convened before there was one. */
    public static Paragraph none() {
        Paragraph none = new Paragraph(com.vaadin.flow.component.UI.getCurrent().getTranslation("cotation.none"));
        none.addClassName("caleol-help");
        return none;
    }
}
