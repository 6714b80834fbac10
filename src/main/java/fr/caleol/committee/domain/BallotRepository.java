package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BallotRepository extends JpaRepository<Ballot, Long> {
    List<Ballot> findByRoundId(Long roundId);

    List<Ballot> findByRoundIdIn(List<Long> roundIds);

    boolean existsByRoundIdAndSeatId(Long roundId, Long seatId);

    boolean existsByRoundIdAndPlaceSeatId(Long roundId, Long placeSeatId);
}
