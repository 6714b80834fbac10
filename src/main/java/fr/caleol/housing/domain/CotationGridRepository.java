package fr.caleol.housing.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CotationGridRepository extends JpaRepository<CotationGrid, Long> {

    @Query("select g from CotationGrid g left join fetch g.criteria where g.id = :id")
    Optional<CotationGrid> findWithCriteria(Long id);

    /** The current (latest) version of each territory's grid. */
    @Query("select g from CotationGrid g left join fetch g.criteria where g.version = (select max(h.version)"
            + " from CotationGrid h where h.territory = g.territory) order by g.territory")
    List<CotationGrid> findCurrent();

    @Query("select max(g.version) from CotationGrid g where g.territory = :territory")
    Optional<Integer> latestVersion(String territory);

    List<CotationGrid> findByTerritoryOrderByVersionDesc(String territory);
}
