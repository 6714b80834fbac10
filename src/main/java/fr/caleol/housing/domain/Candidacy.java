package fr.caleol.housing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An application proposed for a vacant dwelling, in the order the secretary proposes the candidates. */
@Entity
@Table(name = "candidacy")
public class Candidacy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dwelling_id")
    private Dwelling dwelling;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private HousingApplication application;

    @Column(nullable = false)
    private int position;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    protected Candidacy() {}

    public Candidacy(Dwelling dwelling, HousingApplication application, int position, Instant proposedAt,
            String proposedBy) {
        this.dwelling = dwelling;
        this.application = application;
        this.position = position;
        this.proposedAt = proposedAt;
        this.proposedBy = proposedBy;
    }

    public Long getId() {
        return id;
    }

    public Dwelling getDwelling() {
        return dwelling;
    }

    public HousingApplication getApplication() {
        return application;
    }

    public int getPosition() {
        return position;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getProposedBy() {
        return proposedBy;
    }
}
