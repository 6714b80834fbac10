package fr.caleol.housing.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HousingApplicationRepository
        extends JpaRepository<HousingApplication, Long>, JpaSpecificationExecutor<HousingApplication> {

    boolean existsByNumeroUnique(String numeroUnique);

    Optional<HousingApplication> findByNumeroUnique(String numeroUnique);
}
