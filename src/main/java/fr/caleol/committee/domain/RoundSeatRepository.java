package fr.caleol.committee.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundSeatRepository extends JpaRepository<RoundSeat, RoundSeat.Key> {

    List<RoundSeat> findByKeyRoundIdIn(Collection<Long> roundIds);
}
