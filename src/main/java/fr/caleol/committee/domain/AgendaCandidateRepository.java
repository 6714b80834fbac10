package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaCandidateRepository extends JpaRepository<AgendaCandidate, Long> {

    @Query("select c from AgendaCandidate c join fetch c.application where c.item.id in :itemIds "
            + "order by c.item.id, c.position")
    List<AgendaCandidate> findByItems(List<Long> itemIds);

    /**
     * Whether the user holds a convened seat in a sitting, not yet closed by published minutes, whose agenda lists
     * the application, without a conflict declared on that item.
     */
    @Query("""
            select count(c) > 0 from AgendaCandidate c, Convocation v
            where c.application.id = :applicationId and v.sitting = c.item.sitting
              and v.seat.user.username = :username and v.seat.active = true
              and c.item.sitting.state in (fr.caleol.committee.domain.SittingState.CONVENED,
                                          fr.caleol.committee.domain.SittingState.IN_PROGRESS,
                                          fr.caleol.committee.domain.SittingState.CLOSED)
              and not exists (select d from ConflictDeclaration d where d.itemId = c.item.id and d.seatId = v.seat.id)
              and not exists (select m from Minutes m where m.sittingId = c.item.sitting.id
                              and m.state = fr.caleol.committee.domain.MinutesState.PUBLISHED)""")
    boolean convenedMayRead(String username, long applicationId);
}
