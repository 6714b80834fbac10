package fr.caleol.committee.domain;

import fr.caleol.base.domain.AbstractEntity;
import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.security.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A user's seat on a committee: what kind of member they are there decides if and on what they vote. */
@Entity
@Table(name = "committee_seat")
public class Seat extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id")
    private Committee committee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SeatKind kind;

    @Column(name = "tenant_representative", nullable = false)
    private boolean tenantRepresentative;

    /** The commune of a mayor's seat. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    /** The body of a réservataire's seat. */
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Reservataire reservataire;

    /** The titular member a substitute stands in for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "substitute_for_id")
    private Seat substituteFor;

    @Column(nullable = false)
    private boolean active = true;

    protected Seat() {}

    public Seat(Committee committee, AppUser user, SeatKind kind) {
        this.committee = committee;
        this.user = user;
        this.kind = kind;
    }

    /** This seat as the voting rules see it. */
    public Electorate.SeatRef ref() {
        return new Electorate.SeatRef(getId(), kind, commune == null ? null : commune.getInseeCode(), reservataire,
                substituteFor == null ? null : substituteFor.getId());
    }

    public Committee getCommittee() {
        return committee;
    }

    public AppUser getUser() {
        return user;
    }

    public SeatKind getKind() {
        return kind;
    }

    public boolean isTenantRepresentative() {
        return tenantRepresentative;
    }

    public void setTenantRepresentative(boolean tenantRepresentative) {
        this.tenantRepresentative = tenantRepresentative;
    }

    public Commune getCommune() {
        return commune;
    }

    public void setCommune(Commune commune) {
        this.commune = commune;
    }

    public Reservataire getReservataire() {
        return reservataire;
    }

    public void setReservataire(Reservataire reservataire) {
        this.reservataire = reservataire;
    }

    public Seat getSubstituteFor() {
        return substituteFor;
    }

    public void setSubstituteFor(Seat substituteFor) {
        this.substituteFor = substituteFor;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
