package fr.caleol.housing.domain.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ceiling table the tests use, read from the Flyway migration so tests check the seeded figures. */
final class Ceilings2024 {

    private static final String MIGRATION = "/db/migration/V3__income_ceilings.sql";
    private static final Pattern INSERT = Pattern.compile("INSERT INTO (\\w+) \\([^)]*\\) VALUES([^;]*);");
    private static final Pattern ROW = Pattern.compile("\\(([^)]*)\\)");

    static final IncomeCeilingTable TABLE = fromMigration();

    private Ceilings2024() {
    }

    private static IncomeCeilingTable fromMigration() {
        IncomeCeilingTable.Builder builder = IncomeCeilingTable.builder();
        Matcher insert = INSERT.matcher(migrationSql());
        while (insert.find()) {
            Matcher row = ROW.matcher(insert.group(2));
            while (row.find()) {
                List<String> values = Arrays.stream(row.group(1).split(","))
                        .map(value -> value.trim().replace("'", ""))
                        .toList();
                int year = Integer.parseInt(values.get(0));
                CeilingZone zone = CeilingZone.valueOf(values.get(1));
                Financing financing = Financing.valueOf(values.get(2));
                switch (insert.group(1)) {
                    case "income_ceiling" -> builder.category(year, zone, financing,
                            Integer.parseInt(values.get(3)), Long.parseLong(values.get(4)));
                    case "income_ceiling_extra_person" -> builder.extraPerson(year, zone, financing,
                            Long.parseLong(values.get(3)));
                    default -> throw new IllegalStateException("Unexpected table " + insert.group(1));
                }
            }
        }
        return builder.build();
    }

    private static String migrationSql() {
        try (InputStream in = Ceilings2024.class.getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + MIGRATION);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
