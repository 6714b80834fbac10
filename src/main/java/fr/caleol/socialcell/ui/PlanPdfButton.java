package fr.caleol.socialcell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.caleol.socialcell.service.PlanPdf;
import java.io.ByteArrayInputStream;

/** A download link for a repayment plan's PDF, to sign (the access check runs when the file is asked for). */
public final class PlanPdfButton {

    private PlanPdfButton() {}

    public static Anchor create(long planId, PlanPdf planPdf) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = planPdf.planPdf(planId);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "plan-apurement-" + planId + ".pdf",
                    "application/pdf", pdf.length);
        }), "");
        anchor.add(VaadinIcon.FILE_TEXT_O.create());
        anchor.add(anchor.getTranslation("socialcell.plan.pdf"));
        anchor.getElement().setAttribute("download", true);
        anchor.setId("plan-pdf-" + planId);
        return anchor;
    }
}
