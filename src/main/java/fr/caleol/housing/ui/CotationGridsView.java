package fr.caleol.housing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.ui.ErrorNotifier;
import fr.caleol.base.ui.HasTitleKey;
import fr.caleol.base.ui.MainLayout;
import fr.caleol.base.ui.components.BoundedUpload;
import fr.caleol.base.ui.components.Formats;
import fr.caleol.housing.domain.cotation.CotationCriterion;
import fr.caleol.housing.domain.cotation.CotationKind;
import fr.caleol.housing.service.CotationService;
import fr.caleol.housing.service.ImportError;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The administrator's cotation grids: one per territory, edited or imported from CSV and published as a new version
 * (the versions before stay as they were, for the sittings convened under them), with the spread of the scores the
 * current version gives the active applications.
 */
@Route(value = "admin/cotation", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
public class CotationGridsView extends VerticalLayout implements HasTitleKey {

    private static final int MAX_FILE_BYTES = 256 * 1024;
    private static final int MAX_LINES = CotationService.MAX_CRITERIA + 1;

    private final CotationService cotation;
    private final ComboBox<String> territory = new ComboBox<>();
    private final Div current = new Div();
    private final VerticalLayout editor = new VerticalLayout();
    private final List<CriterionRow> rows = new ArrayList<>();
    private final Grid<ImportError> importErrors = new Grid<>(ImportError.class, false);
    private final Grid<CotationService.Grid> history = new Grid<>(CotationService.Grid.class, false);
    private final Paragraph spread = new Paragraph();

    public CotationGridsView(CotationService cotation) {
        this.cotation = cotation;
        setWidthFull();
        Paragraph intro = new Paragraph(getTranslation("cotation.admin.intro"));
        intro.addClassName("caleol-help");

        territory.setId("cotation-territory");
        territory.setLabel(getTranslation("cotation.territory"));
        territory.setHelperText(getTranslation("cotation.territory.help"));
        territory.setAllowCustomValue(true);
        territory.setWidth("24rem");
        territory.addCustomValueSetListener(e -> {
            territory.setValue(e.getDetail());
            show();
        });
        territory.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show();
            }
        });
        territories(null);

        current.setId("cotation-current");
        editor.setPadding(false);
        editor.setId("cotation-editor");
        Button add = new Button(getTranslation("cotation.admin.addCriterion"), VaadinIcon.PLUS.create(),
                click -> addRow(new CotationCriterion("", CotationKind.DALO, null, 0, null)));
        add.setId("cotation-add-criterion");
        Button publish = new Button(getTranslation("cotation.admin.publish"), click -> confirmPublish());
        publish.setId("cotation-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Upload upload = new Upload();
        upload.setId("cotation-upload");
        upload.setUploadHandler(BoundedUpload.of(MAX_FILE_BYTES, MAX_LINES, this::imported));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        Anchor sample = new Anchor(DownloadHandler.forClassResource(CotationGridsView.class,
                "/samples/cotation-exemple.csv", "cotation-exemple.csv"), getTranslation("cotation.admin.sample"));
        sample.setTarget(AnchorTarget.BLANK);
        sample.setId("cotation-sample");
        importErrors.setId("cotation-import-errors");
        importErrors.addColumn(ImportError::line).setHeader(getTranslation("import.report.line")).setAutoWidth(true)
                .setFlexGrow(0);
        importErrors.addColumn(ImportError::column).setHeader(getTranslation("import.report.column"))
                .setAutoWidth(true).setFlexGrow(0);
        importErrors.addColumn(e -> getTranslation(e.messageKey(), e.arguments().toArray()))
                .setHeader(getTranslation("import.report.message"));
        importErrors.setAllRowsVisible(true);
        importErrors.setVisible(false);

        Button simulate = new Button(getTranslation("cotation.admin.spread"), click -> showSpread());
        simulate.setId("cotation-spread");
        spread.setId("cotation-spread-result");

        history.setId("cotation-history");
        history.addColumn(CotationService.Grid::version).setHeader(getTranslation("cotation.admin.version"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(g -> Formats.dateTime(g.publishedAt(), getLocale()))
                .setHeader(getTranslation("cotation.admin.publishedAt")).setAutoWidth(true);
        history.addColumn(CotationService.Grid::publishedBy).setHeader(getTranslation("cotation.admin.publishedBy"))
                .setAutoWidth(true);
        history.addColumn(g -> g.criteria().size()).setHeader(getTranslation("cotation.admin.criteriaCount"))
                .setAutoWidth(true);
        history.setAllRowsVisible(true);

        HorizontalLayout editorActions = new HorizontalLayout(add, publish);
        add(intro, territory, current, new H3(getTranslation("cotation.admin.next")), editor, editorActions,
                new H3(getTranslation("cotation.admin.import")), new Paragraph(getTranslation("cotation.admin.csv")),
                sample, upload, importErrors, new H3(getTranslation("cotation.admin.history")), history, simulate,
                spread);
        show();
    }

    @Override
    public String titleKey() {
        return "cotation.admin.title";
    }

    private void territories(String selected) {
        List<String> known = cotation.currentGrids().stream().map(CotationService.Grid::territory).toList();
        territory.setItems(known);
        String value = selected != null ? selected : known.isEmpty() ? null : known.getFirst();
        if (value != null) {
            territory.setValue(value);
        }
    }

    private Optional<CotationService.Grid> currentGrid() {
        String where = territory.getValue();
        return where == null ? Optional.empty() : cotation.currentGrids().stream()
                .filter(g -> g.territory().equals(where)).findFirst();
    }

    /** The territory's current version, and an editor that starts from it. */
    private void show() {
        current.removeAll();
        editor.removeAll();
        rows.clear();
        spread.setText("");
        Optional<CotationService.Grid> grid = currentGrid();
        if (grid.isEmpty()) {
            current.add(new Paragraph(getTranslation(territory.getValue() == null ? "cotation.admin.chooseTerritory"
                    : "cotation.admin.noGrid")));
            history.setItems(List.of());
            return;
        }
        CotationService.Grid g = grid.get();
        current.add(new Paragraph(getTranslation("cotation.grid", g.territory(), g.version(),
                Formats.dateTime(g.publishedAt(), getLocale()))));
        g.criteria().forEach(this::addRow);
        history.setItems(cotation.history(g.territory()));
    }

    private void addRow(CotationCriterion criterion) {
        CriterionRow row = new CriterionRow(criterion);
        rows.add(row);
        editor.add(row);
    }

    private void confirmPublish() {
        String where = territory.getValue();
        int next = currentGrid().map(g -> g.version() + 1).orElse(1);
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("cotation.admin.publish"),
                getTranslation("cotation.admin.publish.confirm", next, where == null ? "" : where, rows.size()),
                getTranslation("cotation.admin.publish"), ok -> {
                    try {
                        CotationService.Grid published = cotation.publish(where,
                                rows.stream().map(CriterionRow::criterion).toList());
                        published(published);
                    } catch (BusinessException e) {
                        ErrorNotifier.show(e);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    /** Called with the whole file, inside the UI lock (a grid is a few lines: it is read at once). */
    private void imported(String fileName, byte[] content) {
        importErrors.setVisible(false);
        try {
            published(cotation.importCsv(territory.getValue(), new ByteArrayInputStream(content)));
        } catch (CotationService.CotationImportException e) {
            ErrorNotifier.show(e);
            importErrors.setItems(e.errors());
            importErrors.setVisible(true);
        } catch (BusinessException e) {
            ErrorNotifier.show(e);
        }
    }

    private void published(CotationService.Grid grid) {
        Notification.show(getTranslation("cotation.admin.published", grid.version(), grid.territory()), 5000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        territories(grid.territory());
        show();
    }

    private void showSpread() {
        currentGrid().ifPresentOrElse(g -> {
            CotationService.Spread s = cotation.spread(g.id(), null);
            spread.setText(getTranslation("cotation.admin.spread.result", s.applications(), s.min(), s.median(),
                    s.p90(), s.max()));
        }, () -> spread.setText(getTranslation("cotation.admin.noGrid")));
    }

    /** One criterion being edited. */
    private final class CriterionRow extends HorizontalLayout {
        private final TextField label = new TextField(getTranslation("cotation.criterion.label"));
        private final Select<CotationKind> kind = new Select<>();
        private final TextField parameter = new TextField(getTranslation("cotation.criterion.parameter"));
        private final IntegerField points = new IntegerField(getTranslation("cotation.criterion.points"));
        private final IntegerField cap = new IntegerField(getTranslation("cotation.criterion.cap"));

        CriterionRow(CotationCriterion c) {
            addClassName("cotation-criterion");
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            label.setMaxLength(CotationCriterion.LABEL_MAX);
            label.setWidth("20rem");
            label.setValue(c.label() == null ? "" : c.label());
            kind.setLabel(getTranslation("cotation.criterion.kind"));
            kind.setItems(CotationKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("cotation.kind." + k.name()));
            kind.setValue(c.kind());
            kind.addValueChangeListener(e -> help());
            parameter.setValue(c.parameter() == null ? "" : c.parameter());
            points.setValue(c.points());
            points.setStepButtonsVisible(true);
            cap.setValue(c.cap());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                editor.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("cotation.admin.removeCriterion"));
            add(label, kind, parameter, points, cap, remove);
            help();
        }

        private void help() {
            CotationKind k = kind.getValue();
            parameter.setHelperText(k == null ? "" : getTranslation("cotation.parameter." + k.parameter().name()));
            parameter.setEnabled(k != null && k.parameter() != CotationKind.Parameter.NONE);
            cap.setEnabled(k == CotationKind.SENIORITY_MONTHS);
        }

        CotationCriterion criterion() {
            return new CotationCriterion(label.getValue(), kind.getValue(),
                    parameter.isEnabled() ? parameter.getValue() : null,
                    points.getValue() == null ? 0 : points.getValue(), cap.isEnabled() ? cap.getValue() : null);
        }
    }
}
