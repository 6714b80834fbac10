package fr.caleol.housing.domain;

import fr.caleol.housing.domain.eligibility.CeilingZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A commune (reference data) with its INSEE code and the zone of its income ceilings. */
@Entity
@Table(name = "commune")
public class Commune {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "insee_code", nullable = false, unique = true, length = 5)
    private String inseeCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "postal_code", nullable = false, length = 5)
    private String postalCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "ceiling_zone", nullable = false, length = 32)
    private CeilingZone ceilingZone;

    protected Commune() {}

    public Commune(String inseeCode, String name, String postalCode, CeilingZone ceilingZone) {
        this.inseeCode = inseeCode;
        this.name = name;
        this.postalCode = postalCode;
        this.ceilingZone = ceilingZone;
    }

    public Long getId() {
        return id;
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public String getName() {
        return name;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public CeilingZone getCeilingZone() {
        return ceilingZone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Commune other && inseeCode != null && inseeCode.equals(other.inseeCode);
    }

    @Override
    public int hashCode() {
        return inseeCode == null ? 0 : inseeCode.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + inseeCode + ")";
    }
}
