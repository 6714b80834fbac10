package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    @Query("select a from Attendance a where a.sittingId = :sittingId and a.leftAt is null")
    List<Attendance> findOpen(Long sittingId);

    @Query("select a from Attendance a where a.sittingId = :sittingId and a.seatId = :seatId and a.leftAt is null"
            + " and a.nodeId = :nodeId")
    List<Attendance> findOpen(Long sittingId, Long seatId, String nodeId);

    @Query("select a from Attendance a where a.sittingId = :sittingId and a.seatId = :seatId and a.leftAt is null"
            + " and a.inRoom = true")
    List<Attendance> findOpenInRoom(Long sittingId, Long seatId);

    List<Attendance> findBySittingIdOrderByJoinedAt(Long sittingId);
}
