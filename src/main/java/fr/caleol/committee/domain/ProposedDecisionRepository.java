package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposedDecisionRepository extends JpaRepository<ProposedDecision, Long> {
    List<ProposedDecision> findByRoundIdIn(List<Long> roundIds);
}
