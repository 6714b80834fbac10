package fr.caleol.committee.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemMessageRepository extends JpaRepository<ItemMessage, Long> {
    List<ItemMessage> findByItemIdOrderByPostedAt(Long itemId);

    List<ItemMessage> findByItemIdInOrderByPostedAtAscIdAsc(Collection<Long> itemIds);
}
