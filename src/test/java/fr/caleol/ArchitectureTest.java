package fr.caleol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.caleol.base.domain.LandlordTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The layering rules (README.md, "Architecture"), checked on the compiled code. */
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

    /** The features: every package directly under fr.caleol but base, found in the code, never typed here. */
    static List<String> features() {
        return CLASSES.stream().map(JavaClass::getPackageName).map(name -> name.split("\\."))
                .filter(parts -> parts.length > 2).map(parts -> parts[2]).filter(name -> !name.equals("base"))
                .distinct().sorted().toList();
    }

    @Test
    void base_depends_on_no_feature() {
        assertThat(features()).contains("committee", "housing", "socialcell", "mail");
        noClasses().that().resideInAPackage("fr.caleol.base..")
                .should().dependOnClassesThat().resideInAnyPackage(features().stream()
                        .map(feature -> "fr.caleol." + feature + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    /**
     * "Today" and "now" come from the application's clock through {@link LandlordTime} only: a bare
     * {@code LocalDate.now()} reads the JVM's zone, a {@code LocalDate.now(clock)} the clock's UTC, and both give
     * yesterday's date between midnight and 1 or 2 a.m. in Paris.
     */
    @Test
    void only_the_landlord_time_asks_java_time_for_the_present() {
        DescribedPredicate<JavaMethodCall> javaTimeNow = DescribedPredicate.describe("a now() of java.time",
                call -> call.getTargetOwner().getPackageName().equals("java.time") && call.getName().equals("now"));
        noClasses().that().doNotHaveFullyQualifiedName(LandlordTime.class.getName())
                .should().callMethodWhere(javaTimeNow)
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

    /** Every public method of a service says who may call it: the role check is never forgotten. */
    @Test
    void every_public_service_method_declares_who_may_call_it() {
        ArchRuleDefinition.methods().that().arePublic().and().areNotStatic().and().areDeclaredInClassesThat()
                .areAnnotatedWith(org.springframework.stereotype.Service.class)
                .and().areDeclaredInClassesThat().resideInAPackage("fr.caleol..service..")
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(RolesAllowed.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(PermitAll.class)
                .check(CLASSES);
    }

    /** A feature's repositories stay inside it: another feature asks its services. */
    @Test
    void a_features_repositories_are_used_only_inside_it() {
        for (String feature : features()) {
            if (feature.equals("demo")) {
                continue; // the demo loader writes every feature's data
            }
            noClasses().that().resideOutsideOfPackages("fr.caleol." + feature + "..", "fr.caleol.demo..")
                    .should().dependOnClassesThat(JavaClass.Predicates.assignableTo(Repository.class)
                            .and(JavaClass.Predicates.resideInAPackage("fr.caleol." + feature + "..")))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    /** One way to title a view: its translation key, shown as the header and in the browser tab. */
    @Test
    void every_view_has_a_translated_title() {
        ArchRuleDefinition.classes().that().areAnnotatedWith(Route.class)
                .should().implement(fr.caleol.base.ui.HasTitleKey.class)
                .check(CLASSES);
    }
}
