package fr.caleol.committee.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeRepository extends JpaRepository<Committee, Long> {
    boolean existsByName(String name);
}
