package fr.caleol.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.caleol.base.events.EventBus;
import fr.caleol.base.events.UiEvents;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.UserChangedEvent;
import fr.caleol.security.service.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.Collectors;

/** Account administration: list and filter, create, edit roles, deactivate, reset a password, unlock. */
@Route(value = "admin/utilisateurs", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminView extends VerticalLayout implements HasTitleKey {

    enum Status { ALL, ACTIVE, INACTIVE }

    private final UserService userService;
    private final Clock clock;
    private final Grid<AppUser> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<Status> status = new Select<>();
    private final Button edit = new Button();
    private final Button resetPassword = new Button();
    private final Button unlock = new Button();
    private final Button toggleActive = new Button();

    public UserAdminView(UserService userService, EventBus eventBus, Clock clock) {
        this.userService = userService;
        this.clock = clock;
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setId("user-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        role.setLabel(getTranslation("users.roles"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("filter.all"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? getTranslation("filter.all") : getTranslation("role." + r.name()));
        status.setLabel(getTranslation("users.status"));
        status.setItems(Status.values());
        status.setValue(Status.ALL);
        status.setItemLabelGenerator(s -> getTranslation("users.status." + s.name()));
        search.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(),
                click -> new UserDialog(userService, null, this::refresh).open());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout filters = new HorizontalLayout(search, role, status, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);

        grid.setId("users-grid");
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("users.username")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("users.displayName"))
                .setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(AppUser::getEmail).setHeader(getTranslation("users.email")).setSortProperty("email");
        grid.addColumn(user -> user.getRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addColumn(this::statusLabel).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.setItems(query -> userService.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) userService.count(filter()));
        grid.addSelectionListener(selection -> updateActions());
        grid.setSizeFull();

        edit.setText(getTranslation("action.edit"));
        edit.setId("user-edit");
        edit.addClickListener(click -> selected().ifPresent(
                user -> new UserDialog(userService, userService.get(user.getId()), this::refresh).open()));
        resetPassword.setText(getTranslation("users.resetPassword"));
        resetPassword.setId("user-reset-password");
        resetPassword.addClickListener(click -> selected().ifPresent(this::openResetPassword));
        unlock.setText(getTranslation("users.unlock"));
        unlock.setId("user-unlock");
        unlock.addClickListener(click -> selected().ifPresent(user -> act(() -> userService.unlock(user.getId()),
                "users.unlocked")));
        toggleActive.setId("user-toggle-active");
        toggleActive.addClickListener(click -> selected().ifPresent(this::confirmToggleActive));
        HorizontalLayout actions = new HorizontalLayout(edit, resetPassword, unlock, toggleActive);
        updateActions();

        add(filters, grid, actions);
        UiEvents.subscribe(this, eventBus, UserChangedEvent.class, event -> grid.getDataProvider().refreshAll());
    }

    private UserService.Filter filter() {
        Boolean active = switch (status.getValue() == null ? Status.ALL : status.getValue()) {
            case ALL -> null;
            case ACTIVE -> true;
            case INACTIVE -> false;
        };
        return new UserService.Filter(search.getValue(), role.getValue(), active);
    }

    private String statusLabel(AppUser user) {
        if (!user.isActive()) {
            return getTranslation("users.state.inactive");
        }
        return user.isLockedAt(clock.instant()) ? getTranslation("users.state.locked")
                : getTranslation("users.state.active");
    }

    private java.util.Optional<AppUser> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        boolean any = selected().isPresent();
        edit.setEnabled(any);
        resetPassword.setEnabled(any);
        unlock.setEnabled(any && selected().get().isLockedAt(clock.instant()));
        toggleActive.setEnabled(any);
        toggleActive.setText(getTranslation(any && !selected().get().isActive() ? "users.reactivate"
                : "users.deactivate"));
    }

    private void confirmToggleActive(AppUser user) {
        if (!user.isActive()) {
            act(() -> userService.reactivate(user.getId()), "users.reactivated");
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.deactivate.confirm.title"),
                getTranslation("users.deactivate.confirm.text", user.getDisplayName()),
                getTranslation("users.deactivate"), ok -> act(() -> userService.deactivate(user.getId()),
                        "users.deactivated"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void openResetPassword(AppUser user) {
        Dialog dialog = new Dialog(getTranslation("users.resetPassword.title", user.getDisplayName()));
        NewPasswordFields password = new NewPasswordFields();
        Button save = new Button(getTranslation("users.resetPassword"));
        save.setId("reset-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        password.setOnChange(() -> save.setEnabled(password.isValid()));
        save.addClickListener(click -> act(() -> {
            userService.resetPassword(user.getId(), password.getPassword());
            dialog.close();
        }, "users.passwordReset"));
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void act(Runnable action, String successKey) {
        if (ErrorNotifier.attempt(action, this::refresh)) {
            Notification.show(getTranslation(successKey), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        updateActions();
    }

    @Override
    public String titleKey() {
        return "users.title";
    }
}
