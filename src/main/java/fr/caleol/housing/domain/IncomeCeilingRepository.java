package fr.caleol.housing.domain;

import fr.caleol.housing.domain.eligibility.CeilingZone;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.domain.eligibility.IncomeCeilingTable;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The income-ceiling scales, one per year, zone and financing (PLUS, PLAI), as stored by the V3 migration. */
@Repository
public class IncomeCeilingRepository {

    /** One stored scale: amounts of categories 1 to 6 and the amount per extra person. */
    public record Scale(int year, CeilingZone zone, Financing financing, List<Long> categoryAmounts,
            long extraPersonAmount) {}

    private final JdbcTemplate jdbc;

    public IncomeCeilingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public IncomeCeilingTable loadTable() {
        IncomeCeilingTable.Builder builder = IncomeCeilingTable.builder();
        jdbc.query("SELECT year, zone, financing, category, amount FROM income_ceiling", rs -> {
            builder.category(rs.getInt(1), CeilingZone.valueOf(rs.getString(2)), Financing.valueOf(rs.getString(3)),
                    rs.getInt(4), rs.getLong(5));
        });
        jdbc.query("SELECT year, zone, financing, amount FROM income_ceiling_extra_person", rs -> {
            builder.extraPerson(rs.getInt(1), CeilingZone.valueOf(rs.getString(2)),
                    Financing.valueOf(rs.getString(3)), rs.getLong(4));
        });
        return builder.build();
    }

    public List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT year FROM income_ceiling ORDER BY year DESC", Integer.class);
    }

    public List<Scale> scalesOf(int year) {
        return jdbc.query("""
                SELECT c.zone, c.financing, GROUP_CONCAT(c.amount ORDER BY c.category) AS amounts, e.amount AS extra
                FROM income_ceiling c JOIN income_ceiling_extra_person e
                  ON e.year = c.year AND e.zone = c.zone AND e.financing = c.financing
                WHERE c.year = ? GROUP BY c.zone, c.financing, e.amount ORDER BY c.zone, c.financing""",
                (rs, n) -> new Scale(year, CeilingZone.valueOf(rs.getString(1)), Financing.valueOf(rs.getString(2)),
                        java.util.Arrays.stream(rs.getString(3).split(",")).map(Long::valueOf).toList(),
                        rs.getLong(4)),
                year);
    }

    public void insert(Scale scale) {
        for (int category = 1; category <= 6; category++) {
            jdbc.update("INSERT INTO income_ceiling (year, zone, financing, category, amount) VALUES (?, ?, ?, ?, ?)",
                    scale.year(), scale.zone().name(), scale.financing().name(), category,
                    scale.categoryAmounts().get(category - 1));
        }
        jdbc.update("INSERT INTO income_ceiling_extra_person (year, zone, financing, amount) VALUES (?, ?, ?, ?)",
                scale.year(), scale.zone().name(), scale.financing().name(), scale.extraPersonAmount());
    }
}
