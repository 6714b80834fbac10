package fr.caleol;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.service.LiveDiscussion;
import fr.caleol.committee.service.LiveLead;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.housing.HousingFixtures;
import fr.caleol.housing.service.HousingApplicationService;
import fr.caleol.housing.service.HousingImportService;
import fr.caleol.housing.service.ImportProgress;
import fr.caleol.housing.service.ImportReport;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.UserService;
import fr.caleol.socialcell.domain.ContactKind;
import fr.caleol.socialcell.service.ArrearsCaseService;
import fr.caleol.socialcell.service.LedgerUpdates;
import fr.caleol.support.ArrearsFixtures;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.TestUsers;
import fr.caleol.tenancy.service.TenancyImportReport;
import fr.caleol.tenancy.service.TenancyService;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input never breaks anything: every text field of the forms and every import gets over-long strings, control
 * characters, right-to-left overrides, script and spreadsheet-formula payloads, and files in the wrong encoding,
 * empty or huge. Each attempt must either be accepted or be refused with a message the French translations hold;
 * an unexpected error (a 500 for the user) fails the test, and a refused import writes nothing.
 */
@IntegrationTest
class BadInputBatteryIT {

    static final List<String> PAYLOADS = List.of(
            "x".repeat(70_000),
            "Dupont\u0000\u0007\u001B[31m",
            "\u202Eelbatpecca\u202C Martin",
            "<script>alert('caleol')</script>",
            "<img src=x onerror=alert(1)>",
            "=cmd|' /C calc'!A0",
            "+33 6 12 34 56 78 @SUM(A1)",
            "Zoë 🏠 ٱلسلام",
            "'; DROP TABLE app_user; --",
            "",
            "   ");

    @Autowired CommitteeFixtures committees;
    @Autowired ArrearsFixtures arrears;
    @Autowired LivePresence presence;
    @Autowired LiveLead lead;
    @Autowired LiveDiscussion discussion;
    @Autowired ArrearsCaseService cases;
    @Autowired HousingApplicationService applications;
    @Autowired UserService users;
    @Autowired HousingImportService housingImports;
    @Autowired TenancyService tenancy;
    @Autowired LedgerUpdates ledgerUpdates;
    @Autowired JdbcTemplate jdbc;
    @Autowired fr.caleol.socialcell.service.SolutionService solutions;
    @Autowired fr.caleol.committee.service.CommitteeService committeeService;
    @Autowired fr.caleol.outreach.service.OutreachService outreach;
    @Autowired fr.caleol.outreach.service.VolunteerService volunteerService;
    @Autowired fr.caleol.outreach.service.CallService calls;
    @Autowired fr.caleol.support.OutreachFixtures outreachFixtures;

    private final Map<String, int[]> outcomes = new LinkedHashMap<>(); // field -> {accepted, refused}
    private final List<String> failures = new ArrayList<>();
    private static final Properties FRENCH = new Properties();

    static {
        try (InputStream in = BadInputBatteryIT.class.getResourceAsStream("/vaadin-i18n/translations_fr.properties")) {
            FRENCH.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void nobody() {
        TestUsers.anonymous();
    }

    private void attack(String field, String who, Role role, Consumer<String> action) {
        for (String payload : PAYLOADS) {
            TestUsers.actAs(who, role);
            int[] counts = outcomes.computeIfAbsent(field, f -> new int[2]);
            try {
                action.accept(payload);
                counts[0]++;
            } catch (BusinessException refused) {
                if (!FRENCH.containsKey(refused.messageKey())) {
                    failures.add(field + ": refused with an untranslated key " + refused.messageKey());
                }
                counts[1]++;
            } catch (ConstraintViolationException refused) {
                counts[1]++;
            } catch (RuntimeException broken) {
                failures.add(field + " with " + describe(payload) + ": " + broken);
            }
        }
    }

    private static String describe(String payload) {
        return payload.length() > 40 ? payload.substring(0, 20) + "… (" + payload.length() + " chars)" : payload;
    }

    @Test
    void every_text_field_accepts_or_refuses_each_payload_with_a_french_message_and_never_breaks() {
        CommitteeFixtures.LiveSitting s = committees.convenedSitting(3, CastingVoteHolder.MAYOR_OF_COMMUNE);
        TestUsers.actAs(s.president(), Role.COMMITTEE_MEMBER);
        presence.join(s.sittingId());
        lead.start(s.sittingId());
        attack("sitting message", s.president(), Role.COMMITTEE_MEMBER, text -> discussion.postMessage(s.itemId(), text));
        attack("conflict of interest reason", s.mayor(), Role.COMMITTEE_MEMBER,
                text -> discussion.declareConflict(s.itemId(), text));

        attack("sending back reason", s.boardMembers().getFirst(), Role.COMMITTEE_MEMBER,
                text -> discussion.sendBackToPhysicalSitting(s.itemId(), text));

        ArrearsFixtures.ArrearsCase c = arrears.assignedCase("Saisie", 13, 1);
        attack("contact notes", c.adviser(), Role.SOCIAL_ADVISER,
                text -> cases.logContact(c.caseId(), ContactKind.OUTGOING_CALL, c.detectedOn(), text));

        attack("deferral note", c.adviser(), Role.SOCIAL_ADVISER, text -> solutions.recordDeferral(c.caseId(),
                new java.math.BigDecimal("100.00"), java.time.LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE)
                        .plusDays(20), text, false));
        attack("paperwork label", c.adviser(), Role.SOCIAL_ADVISER, text -> solutions.setPaperwork(c.caseId(),
                fr.caleol.socialcell.domain.PaperworkItem.OTHER, text, c.detectedOn()));
        attack("referral organisation", c.adviser(), Role.SOCIAL_ADVISER, text -> solutions.refer(c.caseId(),
                fr.caleol.socialcell.domain.ReferralTarget.SOCIAL_SERVICES, text, c.detectedOn()));
        attack("committee name", "admin", Role.ADMIN, text -> committeeService.create(text, "Est ensemble",
                new fr.caleol.committee.service.CommitteeService.Rules(new fr.caleol.committee.domain.QuorumRule(
                        fr.caleol.committee.domain.QuorumRule.Kind.PERCENT_OF_ELECTORATE, 50), false,
                        CastingVoteHolder.MAYOR_OF_COMMUNE, true, 24, 5)));
        attack("committee territory", "admin", Role.ADMIN, text -> committeeService.create(TestUsers.unique("Comite"),
                text, new fr.caleol.committee.service.CommitteeService.Rules(new fr.caleol.committee.domain.QuorumRule(
                        fr.caleol.committee.domain.QuorumRule.Kind.PERCENT_OF_ELECTORATE, 50), false,
                        CastingVoteHolder.MAYOR_OF_COMMUNE, true, 24, 5)));

        attack("applicant last name", "secretaire", Role.SECRETARY, text -> applications.create(
                HousingFixtures.single(HousingFixtures.newNumero(), text, 20000L)));
        attack("user display name", "admin", Role.ADMIN, text -> users.create(new UserService.UserForm(
                TestUsers.unique("saisie"), text, null, Set.of(Role.VOLUNTEER)), "Logement-Social-93!"));
        attack("user name", "admin", Role.ADMIN, text -> users.create(new UserService.UserForm(text, "Nom",
                null, Set.of(Role.VOLUNTEER)), "Logement-Social-93!"));
        attack("e-mail", "admin", Role.ADMIN, text -> users.create(new UserService.UserForm(
                TestUsers.unique("mail"), "Nom", text, Set.of(Role.VOLUNTEER)), "Logement-Social-93!"));

        print();
        assertThat(failures).as("server errors").isEmpty();
    }

    @Test
    void the_outreach_fields_accept_or_refuse_each_payload_with_a_french_message_and_never_break() {
        java.time.LocalDate day = fr.caleol.support.OutreachFixtures.uniqueDay();
        outreachFixtures.household(day, "Battery", day.minusYears(82));
        attack("campaign name", "coordinatrice", Role.OUTREACH_COORDINATOR, text -> outreach.createCampaign(
                new fr.caleol.outreach.service.CampaignForm(text, day, 8, 70, 75, "Script")));
        TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
        long campaign = outreach.createCampaign(new fr.caleol.outreach.service.CampaignForm("Battery " + day, day, 8,
                70, 75, "Script"));
        String volunteer = "benevole3";
        volunteerService.enrol(campaign, volunteer, 5);
        try {
            outreach.start(campaign);
            long tenant = volunteerService.assignments(campaign).entrySet().stream()
                    .filter(e -> e.getValue().equals(volunteer)).findFirst().orElseThrow().getKey();
            attack("call notes", volunteer, Role.VOLUNTEER, text -> calls.logCall(new fr.caleol.outreach.service.CallForm(
                    campaign, tenant, fr.caleol.outreach.domain.CallOutcome.REACHED, "ok", "ok", false, false, false,
                    false, false, text, false, false)));
            attack("call health and morale", volunteer, Role.VOLUNTEER, text -> calls.logCall(
                    new fr.caleol.outreach.service.CallForm(campaign, tenant,
                            fr.caleol.outreach.domain.CallOutcome.REACHED, text, text, false, false, false, false,
                            false, null, false, false)));
            attack("neighbour report", volunteer, Role.VOLUNTEER, text -> calls.reportNeighbour(campaign, text, text));
            attack("CCAS referral reason", volunteer, Role.VOLUNTEER, text -> calls.refer(campaign, tenant, true, text));
        } finally {
            TestUsers.actAs("coordinatrice", Role.OUTREACH_COORDINATOR);
            outreach.end(campaign);
        }
        print();
        assertThat(failures).as("server errors").isEmpty();
    }

    @Test
    void every_import_refuses_a_wrong_file_with_a_french_reason_and_imports_nothing() {
        String csv = "numero_unique;date_depot;communes;types;motif;membres;logement_actuel\n"
                + "093 24 03 001234 G9301;15/03/2024;93066;T2;HOSTED;ÉLODIE|Zoë|01/02/1980|DEMANDEUR|0|0|1200;"
                + "HOSTED_BY_FAMILY\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        // a Windows-1252 file is read with its accents (HousingImportServiceIT); bytes that are neither it nor
        // UTF-8 are refused
        byte[] invalid = csv.getBytes(Charset.forName("windows-1252"));
        invalid[invalid.length - 2] = (byte) 0x81;
        files.put("neither UTF-8 nor Windows-1252", invalid);
        files.put("UTF-16", csv.getBytes(StandardCharsets.UTF_16));
        files.put("empty", new byte[0]);
        files.put("binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, (byte) 0xFE, 1, 2});
        files.put("only a header", "numero_unique;date_depot\n".getBytes(StandardCharsets.UTF_8));
        files.put("formulas and scripts", ("numero_unique;date_depot;communes;types;motif;membres;logement_actuel\n"
                + "=cmd|' /C calc'!A0;<script>;93066;T2;HOSTED;x;y\n").getBytes(StandardCharsets.UTF_8));
        files.put("malformed dates and numbers", ("numero_unique;date_depot;communes;types;motif;membres;"
                + "logement_actuel;loyer_actuel\n093 24 03 001235 G9301;31/02/2024;93066;T2;HOSTED;"
                + "A|B|99/99/1980|DEMANDEUR|0|0|douze;HOSTED_BY_FAMILY;1.2.3\n").getBytes(StandardCharsets.UTF_8));
        files.put("huge line", ("numero_unique\n" + "9".repeat(2_000_000) + "\n").getBytes(StandardCharsets.UTF_8));
        int before = count("housing_application");
        int movements = count("rent_movement");
        int tenants = count("tenant");
        for (var file : files.entrySet()) {
            TestUsers.actAs("secretaire", Role.SECRETARY);
            try {
                ImportReport report = housingImports.importApplications(file.getKey() + ".csv",
                        new ByteArrayInputStream(file.getValue()), ImportProgress.NONE);
                if (report.succeeded()) {
                    failures.add("applications import accepted the " + file.getKey() + " file");
                }
                report.errors().forEach(e -> {
                    if (!FRENCH.containsKey(e.messageKey())) {
                        failures.add("applications import, " + file.getKey() + ": untranslated " + e.messageKey());
                    }
                });
            } catch (BusinessException refused) {
                // refused as a whole, with a message key
            } catch (RuntimeException broken) {
                failures.add("applications import, " + file.getKey() + ": " + broken);
            }
            TestUsers.actAs("admin", Role.ADMIN);
            try {
                TenancyImportReport report = tenancy.importCsv(new ByteArrayInputStream(file.getValue()),
                        file.getKey() + ".csv");
                if (report.succeeded() && report.imported() > 0) {
                    failures.add("tenants import accepted the " + file.getKey() + " file");
                }
            } catch (BusinessException refused) {
                // refused as a whole
            } catch (RuntimeException broken) {
                failures.add("tenants import, " + file.getKey() + ": " + broken);
            }
            TestUsers.actAs("responsable", Role.SOCIAL_CELL_LEAD);
            try {
                var outcome = ledgerUpdates.importLedger(new String(file.getValue(), StandardCharsets.UTF_8));
                if (outcome.succeeded() && outcome.report().imported() > 0) {
                    failures.add("ledger import accepted the " + file.getKey() + " file");
                }
            } catch (BusinessException refused) {
                // refused as a whole
            } catch (RuntimeException broken) {
                failures.add("ledger import, " + file.getKey() + ": " + broken);
            }
        }
        System.out.printf("%nBad-input battery, imports: %d files × 3 imports, server errors: %d%n", files.size(),
                failures.size());
        assertThat(failures).as("server errors").isEmpty();
        assertThat(count("housing_application")).as("nothing half-written").isEqualTo(before);
        assertThat(count("rent_movement")).isEqualTo(movements);
        assertThat(count("tenant")).isEqualTo(tenants);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private void print() {
        StringBuilder out = new StringBuilder("\nBad-input battery, text fields (" + PAYLOADS.size()
                + " payloads each):\n");
        outcomes.forEach((field, c) -> out.append(String.format("  %-30s accepted %2d  refused %2d%n", field, c[0],
                c[1])));
        out.append("  server errors: ").append(failures.size()).append('\n');
        failures.forEach(f -> out.append("    ").append(f).append('\n'));
        System.out.println(out);
    }
}
