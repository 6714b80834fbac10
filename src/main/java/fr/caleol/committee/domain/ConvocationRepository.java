package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConvocationRepository extends JpaRepository<Convocation, Long> {

    @Query("select c from Convocation c join fetch c.seat s join fetch s.user left join fetch s.commune where c.sitting.id = :sittingId")
    List<Convocation> findBySitting(Long sittingId);
}
