package fr.caleol.housing.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CandidacyRepository extends JpaRepository<Candidacy, Long> {

    /** The candidates of a dwelling in proposed order, with their applications (one query). */
    @Query("select c from Candidacy c join fetch c.application a where c.dwelling.id = :dwellingId order by c.position")
    List<Candidacy> findByDwelling(Long dwellingId);

    boolean existsByDwellingIdAndApplicationId(Long dwellingId, Long applicationId);

    int countByDwellingId(Long dwellingId);
}
