package fr.caleol.housing.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DwellingRepository extends JpaRepository<Dwelling, Long>, JpaSpecificationExecutor<Dwelling> {

    @EntityGraph(attributePaths = "commune")
    Optional<Dwelling> findWithCommuneById(Long id);

    /** The dwelling with its commune, its row locked until the transaction ends (proposals are numbered in turn). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dwelling d join fetch d.commune where d.id = :id")
    Optional<Dwelling> lockWithCommuneById(Long id);

    boolean existsByReference(String reference);
}
