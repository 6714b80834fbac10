package fr.caleol.housing.service;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.HouseholdPerson;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.NumeroUnique;
import fr.caleol.housing.domain.eligibility.HouseholdComposition;
import fr.caleol.housing.domain.eligibility.HouseholdMember;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules a housing application must meet, in one place for every way in: the secretary's form
 * ({@link HousingApplicationService#create}, {@code update}), the CSV import and the demo data. They are the Bean
 * Validation constraints of {@link ApplicationForm} plus the rules that need more than one field or reference data:
 * the numéro unique's format, known communes, one applicant (at most one spouse, neither a dependant), a renewal
 * after the filing. Whether the numéro unique is already registered is checked by the callers, against the
 * database.
 */
@Component
public class ApplicationRules {

    /**
     * One broken rule.
     *
     * @param field      the form property, e.g. {@code filingDate} or {@code persons[1].birthDate}
     * @param messageKey i18n key of the message, with {@code arguments}
     */
    public record Violation(String field, String messageKey, List<Object> arguments) {

        public Violation {
            arguments = List.copyOf(arguments);
        }

        public Violation(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    private final Validator validator;
    private final Clock clock;

    ApplicationRules(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /** Every broken rule of the form, ordered by field; empty when the form is valid. */
    public List<Violation> check(ApplicationForm form, Map<String, Commune> communesByInseeCode) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<ApplicationForm> violation : validator.validate(form)) {
            violations.add(fromConstraint(violation));
        }
        if (form.numeroUnique() != null && !form.numeroUnique().isBlank()
                && NumeroUnique.parse(form.numeroUnique()).isEmpty()) {
            violations.add(new Violation("numeroUnique", "housing.error.numeroFormat", form.numeroUnique()));
        }
        if (form.wishedCommuneInseeCodes() != null) {
            for (String code : form.wishedCommuneInseeCodes()) {
                if (!communesByInseeCode.containsKey(code)) {
                    violations.add(new Violation("wishedCommuneInseeCodes", "housing.error.unknownCommune",
                            Objects.toString(code, "")));
                }
            }
        }
        if (form.persons() != null && !form.persons().isEmpty()
                && form.persons().stream().allMatch(p -> p != null && p.role() != null && p.birthDate() != null)) {
            try {
                new HouseholdComposition(form.persons().stream()
                        .map(p -> new HouseholdMember(p.role(), p.birthDate(), p.dependant(), p.disabled()))
                        .toList());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("persons", "housing.error.household"));
            }
        }
        if (form.renewalDate() != null && form.filingDate() != null
                && form.renewalDate().isBefore(form.filingDate())) {
            violations.add(new Violation("renewalDate", "housing.error.renewalBeforeFiling"));
        }
        violations.sort(Comparator.comparing(Violation::field));
        return violations;
    }

    /** Refuses the form with its first broken rule. */
    public void requireValid(ApplicationForm form, Map<String, Commune> communesByInseeCode) {
        List<Violation> violations = check(form, communesByInseeCode);
        if (!violations.isEmpty()) {
            Violation first = violations.getFirst();
            throw new BusinessException(first.messageKey(), first.arguments().toArray());
        }
    }

    /** A new application (not saved yet) from a valid form, its derived figures computed. */
    public HousingApplication newApplication(ApplicationForm form, Map<String, Commune> communesByInseeCode) {
        HousingApplication application = new HousingApplication(NumeroUnique.parse(form.numeroUnique())
                .orElseThrow(() -> new BusinessException("housing.error.numeroFormat", form.numeroUnique())),
                form.filingDate());
        applyTo(application, form, communesByInseeCode);
        return application;
    }

    /** Copies a valid form onto an application and recomputes its derived figures. */
    public void applyTo(HousingApplication application, ApplicationForm form,
            Map<String, Commune> communesByInseeCode) {
        List<Commune> wished = new ArrayList<>();
        for (String code : form.wishedCommuneInseeCodes()) {
            Commune commune = communesByInseeCode.get(code);
            if (commune == null) {
                throw new BusinessException("housing.error.unknownCommune", code);
            }
            if (!wished.contains(commune)) {
                wished.add(commune);
            }
        }
        List<HouseholdPerson> persons = form.persons().stream()
                .map(p -> new HouseholdPerson(p.lastName().trim(), p.firstName().trim(), p.birthDate(), p.role(),
                        p.dependant(), p.disabled(), p.monthlyResources()))
                .toList();
        application.setRenewalDate(form.renewalDate());
        application.setWishedCommunes(wished);
        application.setWishedTypes(form.wishedTypes());
        application.setReason(form.reason());
        application.setReasonDetails(form.reasonDetails());
        application.setDalo(form.dalo());
        application.setPriorities(form.priorities() == null ? Set.of() : new HashSet<>(form.priorities()));
        application.setPresentDocuments(form.presentDocuments() == null ? Set.of()
                : new HashSet<>(form.presentDocuments()));
        application.replaceHousehold(persons);
        application.setTaxIncomes(form.taxIncomeNMinus2(), form.taxIncomeNMinus1());
        application.setCurrentHousing(form.currentHousing());
        application.setCurrentRent(form.currentRent());
        application.setCurrentSituation(form.currentSituation());
        application.setEstimatedHousingAid(form.estimatedHousingAid());
        application.setAddress(form.addressLine(), form.postalCode(), form.city());
        application.refreshSummary(LandlordTime.today(clock));
    }

    static Violation fromConstraint(ConstraintViolation<?> violation) {
        return ConstraintMessages.violation(violation);
    }
}
