package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaCandidateRepository extends JpaRepository<AgendaCandidate, Long> {

    @Query("select c from AgendaCandidate c join fetch c.application where c.item.id in :itemIds "
            + "order by c.item.id, c.position")
    List<AgendaCandidate> findByItems(List<Long> itemIds);

    /**
     * Whether the user holds a convened seat that sits on an item listing the application (need-to-know): a mayor's
     * seat on the items of his commune's dwellings, a réservataire's on those of its contingent, the other seats on
     * every item, a substitute as the titular it stands in for; never on an item where the seat declared a conflict
     * of interest. From the convocation until the minutes are published, and at most until {@code closedAfter} for a
     * sitting closed without them.
     */
    @Query("""
            select count(c) > 0 from AgendaCandidate c join c.item i join i.dwelling w, Convocation v
              join v.seat s left join s.substituteFor t
            where c.application.id = :applicationId and v.sitting = i.sitting
              and s.user.username = :username and s.active = true
              and (i.sitting.state in (fr.caleol.committee.domain.SittingState.CONVENED,
                                       fr.caleol.committee.domain.SittingState.IN_PROGRESS)
                   or (i.sitting.state = fr.caleol.committee.domain.SittingState.CLOSED
                       and i.sitting.endedAt > :closedAfter))
              and ((t is null and (s.kind <> fr.caleol.committee.domain.SeatKind.MAYOR or s.commune = w.commune)
                       and (s.kind <> fr.caleol.committee.domain.SeatKind.RESERVATAIRE
                            or s.reservataire = w.reservataire))
                   or (t is not null and (t.kind <> fr.caleol.committee.domain.SeatKind.MAYOR or t.commune = w.commune)
                       and (t.kind <> fr.caleol.committee.domain.SeatKind.RESERVATAIRE
                            or t.reservataire = w.reservataire)))
              and not exists (select d from ConflictDeclaration d where d.itemId = i.id and d.seatId = s.id)
              and not exists (select m from Minutes m where m.sittingId = i.sitting.id
                              and m.state = fr.caleol.committee.domain.MinutesState.PUBLISHED)""")
    boolean convenedMayRead(String username, long applicationId, java.time.Instant closedAfter);
}
