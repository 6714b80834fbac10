package fr.caleol.housing.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationHistoryRepository extends JpaRepository<ApplicationHistoryEntry, Long> {

    List<ApplicationHistoryEntry> findByApplicationIdOrderByOccurredAtDesc(Long applicationId);
}
