package fr.caleol.housing.service;

import fr.caleol.housing.domain.CurrentHousingType;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.PriorityCategory;
import fr.caleol.housing.domain.RequestReason;
import fr.caleol.housing.domain.SupportingDocument;
import fr.caleol.housing.domain.eligibility.HouseholdRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV format of housing applications: one line per application, the household in one column (see README.md,
 * "Import CSV"). Reads a line into the same {@link ApplicationForm} the secretary's form fills, and writes one
 * (for the sample and benchmark files).
 */
public final class ApplicationCsv {

    public static final String NUMERO_UNIQUE = "numero_unique";
    public static final String FILING_DATE = "date_depot";
    public static final String RENEWAL_DATE = "date_renouvellement";
    public static final String COMMUNES = "communes";
    public static final String TYPES = "types";
    public static final String REASON = "motif";
    public static final String REASON_DETAILS = "precisions_motif";
    public static final String DALO = "dalo";
    public static final String PRIORITIES = "priorites";
    public static final String DOCUMENTS = "pieces";
    public static final String MEMBERS = "membres";
    public static final String TAX_INCOME_N2 = "revenu_fiscal_n2";
    public static final String TAX_INCOME_N1 = "revenu_fiscal_n1";
    public static final String CURRENT_HOUSING = "logement_actuel";
    public static final String CURRENT_RENT = "loyer_actuel";
    public static final String CURRENT_SITUATION = "situation_actuelle";
    public static final String HOUSING_AID = "apl_estimee";
    public static final String ADDRESS = "adresse";
    public static final String POSTAL_CODE = "code_postal";
    public static final String CITY = "ville";

    public static final List<String> REQUIRED = List.of(NUMERO_UNIQUE, FILING_DATE, COMMUNES, TYPES, REASON,
            MEMBERS, CURRENT_HOUSING);
    public static final List<String> OPTIONAL = List.of(RENEWAL_DATE, REASON_DETAILS, DALO, PRIORITIES, DOCUMENTS,
            TAX_INCOME_N2, TAX_INCOME_N1, CURRENT_RENT, CURRENT_SITUATION, HOUSING_AID, ADDRESS, POSTAL_CODE, CITY);
    /** The columns of the sample file and of generated files, in order (the address columns are optional extras). */
    public static final List<String> HEADER = List.of(NUMERO_UNIQUE, FILING_DATE, RENEWAL_DATE, COMMUNES, TYPES,
            REASON, REASON_DETAILS, DALO, PRIORITIES, DOCUMENTS, MEMBERS, TAX_INCOME_N2, TAX_INCOME_N1,
            CURRENT_HOUSING, CURRENT_RENT, CURRENT_SITUATION, HOUSING_AID);

    /** Persons are separated by '+', their fields by '|'. */
    static final String PERSON_SEPARATOR = "+";
    static final String FIELD_SEPARATOR = "|";
    static final int PERSON_FIELDS = 7;

    /** French words accepted for the roles besides the codes. */
    static final Map<String, HouseholdRole> ROLE_ALIASES = Map.of("DEMANDEUR", HouseholdRole.APPLICANT,
            "CONJOINT", HouseholdRole.SPOUSE_OR_PARTNER, "ENFANT", HouseholdRole.CHILD, "AUTRE", HouseholdRole.OTHER);

    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("numeroUnique", NUMERO_UNIQUE), Map.entry("filingDate", FILING_DATE),
            Map.entry("renewalDate", RENEWAL_DATE), Map.entry("wishedCommuneInseeCodes", COMMUNES),
            Map.entry("wishedTypes", TYPES), Map.entry("reason", REASON), Map.entry("reasonDetails", REASON_DETAILS),
            Map.entry("dalo", DALO), Map.entry("priorities", PRIORITIES), Map.entry("presentDocuments", DOCUMENTS),
            Map.entry("persons", MEMBERS), Map.entry("taxIncomeNMinus2", TAX_INCOME_N2),
            Map.entry("taxIncomeNMinus1", TAX_INCOME_N1), Map.entry("currentHousing", CURRENT_HOUSING),
            Map.entry("currentRent", CURRENT_RENT), Map.entry("currentSituation", CURRENT_SITUATION),
            Map.entry("estimatedHousingAid", HOUSING_AID), Map.entry("addressLine", ADDRESS),
            Map.entry("postalCode", POSTAL_CODE), Map.entry("city", CITY));
    private static final Pattern PERSON_FIELD = Pattern.compile("persons\\[(\\d+)]\\.?.*");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ApplicationCsv() {}

    /** The form of one line; unreadable values are reported on the line and left null. */
    static ApplicationForm read(CsvSheet.Line line) {
        return new ApplicationForm(
                line.text(NUMERO_UNIQUE),
                line.date(FILING_DATE),
                line.date(RENEWAL_DATE),
                line.list(COMMUNES),
                line.codes(TYPES, DwellingType.class),
                line.code(REASON, RequestReason.class),
                line.text(REASON_DETAILS),
                line.flag(DALO),
                line.codes(PRIORITIES, PriorityCategory.class),
                line.codes(DOCUMENTS, SupportingDocument.class),
                persons(line),
                line.wholeNumber(TAX_INCOME_N2),
                line.wholeNumber(TAX_INCOME_N1),
                line.code(CURRENT_HOUSING, CurrentHousingType.class),
                line.decimal(CURRENT_RENT),
                line.text(CURRENT_SITUATION),
                line.decimal(HOUSING_AID),
                line.text(ADDRESS),
                line.text(POSTAL_CODE),
                line.text(CITY));
    }

    private static List<ApplicationForm.Person> persons(CsvSheet.Line line) {
        String value = line.text(MEMBERS);
        if (value == null) {
            return null;
        }
        List<ApplicationForm.Person> persons = new ArrayList<>();
        String[] people = value.split(Pattern.quote(PERSON_SEPARATOR), -1);
        for (int i = 0; i < people.length; i++) {
            String column = memberColumn(i);
            String[] fields = people[i].split(Pattern.quote(FIELD_SEPARATOR), -1);
            if (fields.length != PERSON_FIELDS) {
                line.error(column, "import.error.memberFields", i + 1, PERSON_FIELDS, fields.length);
                line.markFailed(MEMBERS);
                continue;
            }
            String birth = fields[2].trim();
            String role = fields[3].trim();
            String resources = fields[6].trim();
            persons.add(new ApplicationForm.Person(
                    fields[0].trim(),
                    fields[1].trim(),
                    birth.isEmpty() ? null : line.parseDate(birth, column, column),
                    role.isEmpty() ? null : line.parseCode(role, HouseholdRole.class, ROLE_ALIASES, column),
                    !fields[4].isBlank() && line.parseFlag(fields[4].trim(), column),
                    !fields[5].isBlank() && line.parseFlag(fields[5].trim(), column),
                    resources.isEmpty() ? BigDecimal.ZERO : line.parseDecimal(resources, column)));
        }
        return persons;
    }

    /** The column of a person's values in error messages: "membres (2)" for the second person. */
    static String memberColumn(int index) {
        return MEMBERS + " (" + (index + 1) + ")";
    }

    /** The column of a form field: {@code persons[1].birthDate} is "membres (2)". */
    static String columnOf(String field) {
        Matcher person = PERSON_FIELD.matcher(field);
        if (person.matches()) {
            return memberColumn(Integer.parseInt(person.group(1)));
        }
        String root = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        root = root.contains("[") ? root.substring(0, root.indexOf('[')) : root;
        return COLUMN_OF_FIELD.getOrDefault(root, field);
    }

    /** Writes the header line. */
    public static void writeHeader(CSVPrinter csv) {
        try {
            csv.printRecord(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one application as a line, with decimal commas and French role names. */
    public static void write(CSVPrinter csv, ApplicationForm form) {
        String members = form.persons().stream()
                .map(p -> String.join(FIELD_SEPARATOR, p.lastName(), p.firstName(), date(p.birthDate()),
                        roleAlias(p.role()), p.dependant() ? "1" : "0", p.disabled() ? "1" : "0",
                        decimal(p.monthlyResources())))
                .collect(Collectors.joining(PERSON_SEPARATOR));
        try {
            csv.printRecord(form.numeroUnique(), date(form.filingDate()), date(form.renewalDate()),
                    String.join(",", form.wishedCommuneInseeCodes()), codes(form.wishedTypes()), form.reason(),
                    text(form.reasonDetails()), form.dalo() ? "oui" : "non", codes(form.priorities()),
                    codes(form.presentDocuments()), members, number(form.taxIncomeNMinus2()),
                    number(form.taxIncomeNMinus1()), form.currentHousing(), decimal(form.currentRent()),
                    text(form.currentSituation()), decimal(form.estimatedHousingAid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A printer for this format (semicolons, CRLF as spreadsheets write). */
    public static CSVPrinter printer(Writer out) {
        try {
            return new CSVPrinter(out, CsvSheet.FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String roleAlias(HouseholdRole role) {
        return ROLE_ALIASES.entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey)
                .findFirst().orElse(role.name());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String decimal(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString().replace('.', ',');
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String codes(Collection<? extends Enum<?>> codes) {
        return codes == null ? "" : codes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
