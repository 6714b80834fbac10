package fr.caleol.committee.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MinutesRepository extends JpaRepository<Minutes, Long> {

    List<Minutes> findBySittingIdOrderById(Long sittingId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Minutes m where m.id = :id")
    Optional<Minutes> lock(Long id);
}
