package fr.caleol.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.domain.AuditChain.Verification;
import fr.caleol.audit.domain.AuditEvent;
import fr.caleol.audit.service.AuditService;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.base.ui.components.LocalizedDatePicker;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;

/** The audit log: who did what and when, filtered, with an integrity check of the hash chain. */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class AuditView extends VerticalLayout implements HasTitleKey {

    private final AuditService auditService;
    private final Grid<AuditEvent> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final LocalizedDatePicker from = new LocalizedDatePicker(null);
    private final LocalizedDatePicker to = new LocalizedDatePicker(null);
    private final Span verdict = new Span();

    public AuditView(AuditService auditService) {
        this.auditService = auditService;
        setSizeFull();

        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("filter.all"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("filter.all") : label(a.name()));
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), click -> verify());
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verdict.setId("audit-verdict");
        verdict.getElement().setAttribute("role", "status");

        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to, verify);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        grid.addColumn(e -> Formats.utcDateTime(e.getOccurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setSortProperty("occurredAt").setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("audit.actor")).setSortProperty("actor")
                .setAutoWidth(true);
        grid.addColumn(e -> label(e.getAction())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.getObjectType() == null ? "" : e.getObjectType() + " " + nullToEmpty(e.getObjectId()))
                .setHeader(getTranslation("audit.object")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetails).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.addColumn(AuditEvent::getId).setHeader("N°").setSortProperty("id").setAutoWidth(true);
        grid.setItems(query -> {
            var pageable = VaadinSpringDataHelpers.toSpringPageRequest(query);
            if (pageable.getSort().isUnsorted()) {
                pageable = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
                        pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
            }
            return auditService.list(filter(), pageable).stream();
        }, query -> (int) auditService.count(filter()));
        grid.setSizeFull();

        add(filters, verdict, grid);
    }

    private AuditService.Filter filter() {
        return new AuditService.Filter(actor.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private void verify() {
        Verification result = auditService.verify();
        verdict.removeClassNames("caleol-ok", "caleol-alert");
        if (result.intact()) {
            verdict.setText(getTranslation("audit.verify.intact", result.checkedRows()));
            verdict.addClassName("caleol-ok");
        } else {
            verdict.setText(getTranslation("audit.verify.broken", result.firstBrokenId(),
                    getTranslation("audit.verify.reason." + result.reason().name())));
            verdict.addClassName("caleol-alert");
        }
        grid.getDataProvider().refreshAll();
    }

    private String label(String actionName) {
        return getTranslation("audit.action." + actionName);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String titleKey() {
        return "audit.title";
    }
}
