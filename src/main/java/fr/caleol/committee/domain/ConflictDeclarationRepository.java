package fr.caleol.committee.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConflictDeclarationRepository extends JpaRepository<ConflictDeclaration, Long> {
    List<ConflictDeclaration> findByItemId(Long itemId);

    List<ConflictDeclaration> findByItemIdIn(Collection<Long> itemIds);

    boolean existsByItemIdAndSeatId(Long itemId, Long seatId);
}
