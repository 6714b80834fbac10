package fr.caleol.committee.domain;

import fr.caleol.housing.domain.HousingApplication;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A candidate (housing application) of an agenda item, in the order proposed. */
@Entity
@Table(name = "agenda_candidate")
public class AgendaCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private HousingApplication application;

    @Column(nullable = false)
    private int position;

    protected AgendaCandidate() {}

    public AgendaCandidate(AgendaItem item, HousingApplication application, int position) {
        this.item = item;
        this.application = application;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public HousingApplication getApplication() {
        return application;
    }

    public int getPosition() {
        return position;
    }
}
