package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesNoteRepository extends JpaRepository<MinutesNote, Long> {

    List<MinutesNote> findByMinutesId(Long minutesId);
}
