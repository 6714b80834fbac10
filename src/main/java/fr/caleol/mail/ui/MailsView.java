package fr.caleol.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.mail.domain.MailKind;
import fr.caleol.mail.domain.MailState;
import fr.caleol.mail.domain.OutboxMail;
import fr.caleol.mail.service.MailAdmin;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Courriels": every mail CALEOL queued, newest first, filtered by status, kind and recipient; the text of each as it
 * was sent, and a failed one sent again.
 */
@Route(value = "admin/courriels", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class MailsView extends VerticalLayout implements HasTitleKey {

    private final MailAdmin mails;
    private final Grid<OutboxMail> grid = new Grid<>();
    private final Select<MailState> state = new Select<>();
    private final Select<MailKind> kind = new Select<>();
    private final TextField recipient = new TextField();
    private final Span counts = new Span();

    public MailsView(MailAdmin mails) {
        this.mails = mails;
        setSizeFull();
        state.setLabel(getTranslation("mail.state"));
        state.setId("mail-state");
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("filter.all"));
        state.setItems(MailState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all")
                : getTranslation("mail.state." + s.name()));
        kind.setLabel(getTranslation("mail.kind"));
        kind.setId("mail-kind");
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("filter.all"));
        kind.setItems(MailKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("filter.all")
                : getTranslation("mail.kind." + k.name()));
        recipient.setLabel(getTranslation("mail.recipient"));
        recipient.setId("mail-recipient");
        recipient.setClearButtonVisible(true);
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        state.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        recipient.addValueChangeListener(e -> refresh());
        counts.setId("mail-counts");
        counts.getElement().setAttribute("role", "status");

        HorizontalLayout filters = new HorizontalLayout(state, kind, recipient,
                new RouterLink(getTranslation("mail.templates.title"), MailTemplatesView.class),
                new RouterLink(getTranslation("mail.caught.title"), CaughtMailsView.class));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("mail-grid");
        grid.addColumn(m -> Formats.dateTime(m.getCreatedAt(), getLocale())).setHeader(getTranslation("mail.created"))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation("mail.kind." + m.getKind().name())).setHeader(getTranslation("mail.kind"))
                .setAutoWidth(true);
        grid.addColumn(OutboxMail::getRecipient).setHeader(getTranslation("mail.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxMail::getSubject).setHeader(getTranslation("mail.subject")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("mail.state." + m.getState().name())
                + (m.getAttempts() > 1 ? " (" + m.getAttempts() + ")" : "")).setHeader(getTranslation("mail.state"))
                .setAutoWidth(true);
        grid.addColumn(m -> Formats.dateTime(m.getSentAt(), getLocale()))
                .setHeader(getTranslation("mail.sent")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("mail.actions"))
                .setAutoWidth(true);
        grid.setItems(query -> mails.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) mails.count(filter()));
        grid.setSizeFull();
        add(filters, counts, grid);
        showCounts();
    }

    private HorizontalLayout actions(OutboxMail mail) {
        Button read = new Button(getTranslation("mail.read"), VaadinIcon.ENVELOPE_OPEN.create(), click -> read(mail));
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        read.setId("mail-read-" + mail.getId());
        HorizontalLayout actions = new HorizontalLayout(read);
        if (mail.getState() == MailState.FAILED) {
            Button resend = new Button(getTranslation("mail.resend"), VaadinIcon.REFRESH.create(), click -> {
                try {
                    mails.resend(mail.getId(), mail.getVersion());
                    Notification.show(getTranslation("mail.resent", mail.getRecipient()));
                    refresh();
                } catch (RuntimeException e) {
                    ErrorNotifier.show(e);
                    refresh();
                }
            });
            resend.setId("mail-resend-" + mail.getId());
            resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(resend);
        }
        return actions;
    }

    private void read(OutboxMail row) {
        OutboxMail mail = mails.get(row.getId());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(mail.getSubject());
        dialog.setWidth("min(60em, 95vw)");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.add(new Span(getTranslation("mail.to") + " : " + mail.getRecipientName() + " <" + mail.getRecipient()
                + ">"));
        if (mail.getLastError() != null) {
            Span error = new Span(getTranslation("mail.lastError") + " : " + mail.getLastError());
            error.addClassName("caleol-alert");
            content.add(error);
        }
        Pre body = new Pre(mail.getBody());
        body.setId("mail-body");
        body.getStyle().set("white-space", "pre-wrap");
        content.add(body);
        if (mail.getCalendar() != null) {
            content.add(new Span(getTranslation("mail.calendar", mail.getCalendarMethod())));
            Pre calendar = new Pre(mail.getCalendar());
            calendar.setId("mail-calendar");
            calendar.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)");
            content.add(calendar);
        }
        dialog.add(content);
        Button close = new Button(getTranslation("mail.close"), click -> dialog.close());
        close.setId("mail-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private MailAdmin.Filter filter() {
        return new MailAdmin.Filter(state.getValue(), kind.getValue(), recipient.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCounts();
    }

    private void showCounts() {
        MailAdmin.Counts c = mails.counts();
        counts.setText(getTranslation("mail.counts", c.queued(), c.failed(), c.sent())
                + (c.serverConfigured() ? "" : " " + getTranslation("mail.noServer")));
        counts.removeClassName("caleol-alert");
        if (c.failed() > 0 || !c.serverConfigured()) {
            counts.addClassName("caleol-alert");
        }
    }

    @Override
    public String titleKey() {
        return "mail.title";
    }
}
