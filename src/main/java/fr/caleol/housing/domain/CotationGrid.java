package fr.caleol.housing.domain;

import fr.caleol.housing.domain.cotation.CotationCriterion;
import fr.caleol.housing.domain.cotation.CotationFacts;
import fr.caleol.housing.domain.cotation.CotationKind;
import fr.caleol.housing.domain.cotation.CotationScore;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One published version of a territory's cotation grid. A version is never changed: changing the grid publishes the
 * next version, so a score computed under a version (a sitting keeps the version it was convened with) stays as it was.
 */
@Entity
@Immutable
@Table(name = "cotation_grid")
public class CotationGrid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String territory;

    @Column(nullable = false)
    private int version;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cotation_criterion", joinColumns = @JoinColumn(name = "grid_id"))
    @OrderColumn(name = "position")
    private List<Row> criteria = new ArrayList<>();

    /** A criterion as stored. */
    @Embeddable
    public static class Row {
        @Column(nullable = false, length = 120)
        private String label;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 32)
        private CotationKind kind;

        @Column(length = 40)
        private String parameter;

        @Column(nullable = false)
        private int points;

        private Integer cap;

        protected Row() {}

        Row(CotationCriterion c) {
            this.label = c.label().strip();
            this.kind = c.kind();
            this.parameter = c.parameter() == null || c.parameter().isBlank() ? null : c.parameter().strip();
            this.points = c.points();
            this.cap = c.cap();
        }

        CotationCriterion criterion() {
            return new CotationCriterion(label, kind, parameter, points, cap);
        }
    }

    protected CotationGrid() {}

    public CotationGrid(String territory, int version, Instant publishedAt, String publishedBy,
            List<CotationCriterion> criteria) {
        this.territory = territory;
        this.version = version;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        criteria.forEach(c -> this.criteria.add(new Row(c)));
    }

    public Long getId() {
        return id;
    }

    public String getTerritory() {
        return territory;
    }

    public int getVersion() {
        return version;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<CotationCriterion> criteria() {
        return criteria.stream().map(Row::criterion).toList();
    }

    public CotationScore score(CotationFacts facts, LocalDate date) {
        return CotationScore.of(criteria(), facts, date);
    }
}
