package fr.caleol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The layering rules of ARCHITECTURE.md, checked on the compiled code. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.caleol");

    @Test
    void the_domain_knows_nothing_of_services_or_ui() {
        noClasses().that().resideInAPackage("fr.caleol..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.caleol..service..", "fr.caleol..ui..",
                        "com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void services_know_nothing_of_the_ui() {
        noClasses().that().resideInAPackage("fr.caleol..service..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.caleol..ui..", "com.vaadin.flow.component..")
                .check(CLASSES);
    }

    @Test
    void the_ui_never_touches_repositories() {
        noClasses().that().resideInAPackage("fr.caleol..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("fr.caleol.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses().that().resideInAPackage("fr.caleol.base..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.caleol.security..", "fr.caleol.audit..",
                        "fr.caleol.housing..", "fr.caleol.committee..", "fr.caleol.tenancy..",
                        "fr.caleol.outreach..", "fr.caleol.socialcell..", "fr.caleol.demo..")
                .check(CLASSES);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        ArchRuleDefinition.classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void only_the_login_view_is_open_to_anonymous_visitors() {
        ArchRuleDefinition.classes().that().areAnnotatedWith(AnonymousAllowed.class)
                .should().haveSimpleName("LoginView")
                .check(CLASSES);
    }
}
