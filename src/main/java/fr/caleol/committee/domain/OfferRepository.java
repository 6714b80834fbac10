package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByItemIdOrderByRank(Long itemId);

    List<Offer> findByItemIdInOrderByItemIdAscRankAsc(List<Long> itemIds);

    List<Offer> findByKindAndState(Offer.Kind kind, OfferState state);
}
