package fr.caleol.housing.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommuneRepository extends JpaRepository<Commune, Long> {

    Optional<Commune> findByInseeCode(String inseeCode);

    List<Commune> findAllByOrderByName();
}
