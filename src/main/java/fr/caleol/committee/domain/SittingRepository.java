package fr.caleol.committee.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SittingRepository extends JpaRepository<Sitting, Long> {

    @Query("select s from Sitting s join fetch s.committee where s.id = :id")
    Optional<Sitting> findWithCommittee(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Sitting s where s.id = :id")
    Optional<Sitting> lock(Long id);

    /** Sittings a user is convened to, latest first. */
    @Query("select distinct s from Sitting s join fetch s.committee, Convocation c "
            + "where c.sitting = s and c.seat.user.username = :username order by s.date desc, s.startTime desc")
    List<Sitting> findConvenedFor(String username);

    @Query("select s from Sitting s join fetch s.committee order by s.date desc, s.startTime desc")
    List<Sitting> findAllWithCommittee();

    /** Convened sittings between two dates that still owe a reminder, locked (one reminder job at a time). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Sitting s join fetch s.committee where s.state = fr.caleol.committee.domain.SittingState.CONVENED"
            + " and s.date between :from and :to and s.remindedHourBefore = false order by s.date, s.startTime")
    List<Sitting> lockOwingReminders(java.time.LocalDate from, java.time.LocalDate to);
}
