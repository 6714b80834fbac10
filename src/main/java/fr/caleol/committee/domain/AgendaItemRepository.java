package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select i from AgendaItem i join fetch i.dwelling d join fetch d.commune where i.sitting.id = :sittingId "
            + "order by i.position")
    List<AgendaItem> findBySitting(Long sittingId);

    int countBySittingId(Long sittingId);
}
