package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select i from AgendaItem i join fetch i.dwelling d join fetch d.commune where i.sitting.id = :sittingId "
            + "order by i.position")
    List<AgendaItem> findBySitting(Long sittingId);

    /** The items of the committee's sittings sent back to an in-person sitting and not yet taken up by one. */
    @Query("select i from AgendaItem i join fetch i.sitting s join fetch i.dwelling d join fetch d.commune"
            + " where s.committee.id = :committeeId and i.sentBack = true and i.takenUpBy is null"
            + " order by s.date, i.position")
    List<AgendaItem> findSentBackPending(Long committeeId);

    int countBySittingId(Long sittingId);
}
