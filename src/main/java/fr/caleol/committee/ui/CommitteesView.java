package fr.caleol.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.QuorumRule;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.service.CommitteeService;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Committees with their rules (quorum, majority, casting vote, remote sittings) and their seats. */
@Route(value = "commissions", layout = MainLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
public class CommitteesView extends VerticalLayout implements HasTitleKey {

    private final CommitteeService service;
    private final HousingApplicationService housing;
    private final Select<Committee> committee = new Select<>();
    private final Select<QuorumRule.Kind> quorumKind = new Select<>();
    private final IntegerField quorumValue = new IntegerField();
    private final Checkbox abstentions = new Checkbox();
    private final Select<CastingVoteHolder> casting = new Select<>();
    private final Checkbox remote = new Checkbox();
    private final IntegerField window = new IntegerField();
    private final IntegerField notice = new IntegerField();
    private final Grid<Seat> seats = new Grid<>();

    public CommitteesView(CommitteeService service, HousingApplicationService housing) {
        this.service = service;
        this.housing = housing;
        committee.setLabel(getTranslation("committees.committee"));
        committee.setId("committee-select");
        committee.setItemLabelGenerator(Committee::getName);
        committee.addValueChangeListener(e -> show(e.getValue()));
        Button create = new Button(getTranslation("committees.create"), VaadinIcon.PLUS.create(), click -> openCreate());
        HorizontalLayout bar = new HorizontalLayout(committee, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        quorumKind.setLabel(getTranslation("committees.quorumKind"));
        quorumKind.setItems(QuorumRule.Kind.values());
        quorumKind.setItemLabelGenerator(k -> getTranslation("committees.quorumKind." + k.name()));
        quorumValue.setLabel(getTranslation("committees.quorumValue"));
        quorumValue.setMin(1);
        quorumValue.setMax(100);
        abstentions.setLabel(getTranslation("committees.abstentions"));
        casting.setLabel(getTranslation("committees.casting"));
        casting.setItems(CastingVoteHolder.values());
        casting.setItemLabelGenerator(c -> getTranslation("committee.castingVoteHolder." + c.name()));
        remote.setLabel(getTranslation("committees.remote"));
        window.setLabel(getTranslation("committees.window"));
        window.setMin(1);
        window.setMax(336);
        notice.setLabel(getTranslation("committees.notice"));
        notice.setHelperText(getTranslation("committees.notice.help"));
        notice.setMin(0);
        notice.setMax(Committee.NOTICE_DAYS_MAX);
        notice.setStepButtonsVisible(true);
        notice.setId("committee-notice");
        Button saveRules = new Button(getTranslation("action.save"), click -> saveRules());
        saveRules.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRules.setId("save-rules");

        seats.setId("seats-grid");
        seats.addColumn(s -> s.getUser().getDisplayName()).setHeader(getTranslation("committees.member")).setAutoWidth(true);
        seats.addColumn(s -> s.getUser().getUsername()).setHeader(getTranslation("users.username")).setAutoWidth(true);
        seats.addColumn(s -> getTranslation("committee.seatKind." + s.getKind().name())
                + (s.isTenantRepresentative() ? " · " + getTranslation("committees.tenantRepresentative") : "")
                + (s.getCommune() == null ? "" : " · " + s.getCommune().getName())
                + (s.getReservataire() == null ? "" : " · " + getTranslation("housing.reservataire." + s.getReservataire().name()))
                + (s.getSubstituteFor() == null ? "" : " · " + getTranslation("committees.substituteOf",
                        s.getSubstituteFor().getUser().getDisplayName())))
                .setHeader(getTranslation("committees.seat")).setFlexGrow(1);
        seats.addComponentColumn(s -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("committees.removeSeat"),
                        getTranslation("committees.removeSeat.confirm", s.getUser().getDisplayName()),
                        getTranslation("committees.removeSeat"), ok -> run(() -> service.removeSeat(s.getId())));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            remove.setAriaLabel(getTranslation("committees.removeSeat"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true);
        seats.setAllRowsVisible(true);
        Button addSeat = new Button(getTranslation("committees.addSeat"), VaadinIcon.PLUS.create(), click -> openAddSeat());
        addSeat.setId("add-seat");

        add(bar, new H3(getTranslation("committees.rules")),
                new FormLayout(quorumKind, quorumValue, casting, window, notice, abstentions, remote), saveRules,
                new H3(getTranslation("committees.seats")), seats, addSeat);
        load(null);
    }

    private void load(Long selectId) {
        List<Committee> all = service.committees();
        committee.setItems(all);
        all.stream().filter(c -> selectId == null || c.getId().equals(selectId)).findFirst().ifPresent(committee::setValue);
    }

    private void show(Committee c) {
        if (c == null) {
            seats.setItems(List.of());
            return;
        }
        QuorumRule rule = c.quorumRule();
        quorumKind.setValue(rule.kind());
        quorumValue.setValue(rule.value());
        abstentions.setValue(c.isAbstentionsAreVotesCast());
        casting.setValue(c.getCastingVoteHolder());
        remote.setValue(c.isRemoteAllowed());
        window.setValue(c.getWrittenWindowHours());
        notice.setValue(c.getNoticeDays());
        seats.setItems(service.seats(c.getId()));
    }

    private void saveRules() {
        Committee c = committee.getValue();
        if (c == null || quorumValue.getValue() == null || window.getValue() == null || notice.getValue() == null) {
            ErrorNotifier.show(new BusinessException("validation.required"));
            return;
        }
        try {
            QuorumRule rule = new QuorumRule(quorumKind.getValue(), quorumValue.getValue());
            service.updateRules(c.getId(), c.getVersion(), new CommitteeService.Rules(rule, abstentions.getValue(),
                    casting.getValue(), remote.getValue(), window.getValue(), notice.getValue()));
            Notification.show(getTranslation("settings.saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load(c.getId());
        } catch (IllegalArgumentException e) {
            ErrorNotifier.show(new BusinessException("committees.error.quorum"));
        } catch (BusinessException e) {
            ErrorNotifier.show(e);
        }
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("committees.create"));
        TextField name = new TextField(getTranslation("committees.name"));
        name.setMaxLength(Committee.NAME_MAX);
        TextField territory = new TextField(getTranslation("committees.territory"));
        territory.setMaxLength(Committee.NAME_MAX);
        dialog.add(new FormLayout(name, territory));
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                Committee created = service.create(name.getValue(), territory.getValue(), new CommitteeService.Rules(
                        new QuorumRule(QuorumRule.Kind.PERCENT_OF_ELECTORATE, 50), false,
                        CastingVoteHolder.MAYOR_OF_COMMUNE, true, 24, Committee.NOTICE_DAYS_DEFAULT));
                dialog.close();
                load(created.getId());
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openAddSeat() {
        Committee c = committee.getValue();
        if (c == null) {
            return;
        }
        Dialog dialog = new Dialog(getTranslation("committees.addSeat"));
        TextField username = new TextField(getTranslation("users.username"));
        username.setHelperText(getTranslation("committees.username.help"));
        Select<SeatKind> kind = new Select<>();
        kind.setLabel(getTranslation("committees.seat"));
        kind.setItems(SeatKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("committee.seatKind." + k.name()));
        kind.setValue(SeatKind.BOARD_MEMBER);
        Checkbox tenant = new Checkbox(getTranslation("committees.tenantRepresentative"));
        Select<Commune> commune = new Select<>();
        commune.setLabel(getTranslation("committees.commune"));
        commune.setItems(housing.communes());
        commune.setItemLabelGenerator(Commune::getName);
        Select<Reservataire> reservataire = new Select<>();
        reservataire.setLabel(getTranslation("committees.reservataire"));
        reservataire.setItems(Reservataire.values());
        reservataire.setItemLabelGenerator(r -> getTranslation("housing.reservataire." + r.name()));
        Select<Seat> titular = new Select<>();
        titular.setLabel(getTranslation("committees.titular"));
        titular.setItems(service.seats(c.getId()).stream().filter(s -> s.getKind().isVoting()
                && s.getKind() != SeatKind.SUBSTITUTE).toList());
        titular.setItemLabelGenerator(s -> s.getUser().getDisplayName());
        Runnable visibility = () -> {
            tenant.setVisible(kind.getValue() == SeatKind.BOARD_MEMBER);
            commune.setVisible(kind.getValue() == SeatKind.MAYOR);
            reservataire.setVisible(kind.getValue() == SeatKind.RESERVATAIRE);
            titular.setVisible(kind.getValue() == SeatKind.SUBSTITUTE);
        };
        kind.addValueChangeListener(e -> visibility.run());
        visibility.run();
        dialog.add(new FormLayout(username, kind, tenant, commune, reservataire, titular));
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                service.addSeat(c.getId(), new CommitteeService.SeatForm(username.getValue().trim().toLowerCase(),
                        kind.getValue(), tenant.getValue(),
                        commune.getValue() == null ? null : commune.getValue().getInseeCode(), reservataire.getValue(),
                        titular.getValue() == null ? null : titular.getValue().getId()));
                dialog.close();
                show(c);
            } catch (BusinessException e) {
                ErrorNotifier.show(e);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void run(Runnable action) {
        ErrorNotifier.attempt(action, () -> show(committee.getValue()));
    }

    @Override
    public String titleKey() {
        return "committees.title";
    }
}
