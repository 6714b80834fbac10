package fr.caleol.committee.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface VoteRoundRepository extends JpaRepository<VoteRound, Long> {

    List<VoteRound> findByItemIdOrderByNumber(Long itemId);

    List<VoteRound> findByItemIdInOrderByNumber(Collection<Long> itemIds);

    /** The round, locked for the rest of the transaction: ballots and closing are serialised on it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from VoteRound r where r.id = :id")
    Optional<VoteRound> lock(Long id);

    @Query("select r from VoteRound r where r.state = fr.caleol.committee.domain.RoundState.OPEN "
            + "and r.closesAt is not null and r.closesAt <= :now")
    List<VoteRound> findDue(Instant now);
}
