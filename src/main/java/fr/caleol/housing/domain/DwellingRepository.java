package fr.caleol.housing.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DwellingRepository extends JpaRepository<Dwelling, Long>, JpaSpecificationExecutor<Dwelling> {

    @EntityGraph(attributePaths = "commune")
    Optional<Dwelling> findWithCommuneById(Long id);

    boolean existsByReference(String reference);
}
