package fr.caleol.committee.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SeatRepository extends JpaRepository<Seat, Long> {

    @Query("select s from Seat s join fetch s.user left join fetch s.commune left join fetch s.substituteFor "
            + "where s.committee.id = :committeeId and s.active = true order by s.kind, s.id")
    List<Seat> findActiveByCommittee(Long committeeId);

    @Query("select s from Seat s join fetch s.user where s.committee.id = :committeeId and s.user.username = :username "
            + "and s.active = true")
    Optional<Seat> findActive(Long committeeId, String username);
}
