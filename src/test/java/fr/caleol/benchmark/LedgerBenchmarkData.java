package fr.caleol.benchmark;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the ledger benchmarks share: their own database emptied of tenancy data, and the ledger file they import. */
final class LedgerBenchmarkData {

    /** The tables the benchmarks empty, children first. */
    static final List<String> TENANCY_TABLES = List.of("plan_instalment", "repayment_plan", "arrears_contact",
            "arrears_deferral", "arrears_paperwork", "arrears_referral", "arrears_case", "ledger_month_figures",
            "rent_movement", "outreach_follow_up", "outreach_referral", "outreach_neighbour_report", "outreach_call",
            "outreach_assignment", "outreach_volunteer", "outreach_do_not_call", "outreach_target",
            "outreach_campaign", "tenant", "lease", "household");

    private LedgerBenchmarkData() {}

    /** Empties the tenancy, ledger, outreach and social cell tables: only ever on target/benchmark-db. */
    static void emptyTenancyTables(JdbcTemplate jdbc) {
        String dataDir = jdbc.queryForObject("SELECT @@datadir", String.class);
        if (dataDir == null || !dataDir.contains("benchmark-db")) {
            throw new IllegalStateException("The benchmark empties tables: it runs only on target/benchmark-db, not on "
                    + dataDir);
        }
        TENANCY_TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    /** {@code lines} lines: the rent calls and payments of the months after {@code day} of the prefix's leases. */
    static String importCsv(JdbcTemplate jdbc, String prefix, int leases, int lines, LocalDate day) {
        List<String> references = jdbc.queryForList("SELECT reference FROM lease WHERE reference LIKE ? ORDER BY id "
                + "LIMIT ?", String.class, prefix + "%", leases);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        StringBuilder csv = new StringBuilder("bail;type;date;echeance;montant;moyen;reference\n");
        int written = 0;
        for (int month = 1; written < lines; month++) {
            String due = day.plusMonths(month).withDayOfMonth(5).format(format);
            for (String reference : references) {
                if (written >= lines) {
                    break;
                }
                csv.append(reference).append(";APPEL;").append(due).append(';').append(due).append(";512,40;;\n");
                written++;
                if (written < lines) {
                    csv.append(reference).append(";PAIEMENT;").append(due).append(";;512,40;TRANSFER;VIR-")
                            .append(written).append('\n');
                    written++;
                }
            }
        }
        return csv.toString();
    }
}
