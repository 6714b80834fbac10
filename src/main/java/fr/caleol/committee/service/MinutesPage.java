package fr.caleol.committee.service;

import fr.caleol.committee.domain.MinutesDocument;
import fr.caleol.committee.domain.MinutesState;
import java.util.Map;
import java.util.Set;

/**
 * The minutes of a sitting as the current user may see them, with what they may do. {@code minutesId} is null
 * when no draft exists yet (staff may create it).
 */
public record MinutesPage(long sittingId, Long minutesId, long version, MinutesState state, Long erratumOfId,
        String presidentComment, String sha256, MinutesDocument document, Map<Long, String> notes,
        Set<Long> excusedSeatIds, boolean staff, boolean president, boolean sittingClosed) {

    public boolean editable() {
        return staff && minutesId != null && state == MinutesState.DRAFT;
    }

    public boolean submittable() {
        return staff && minutesId != null && state == MinutesState.DRAFT;
    }

    public boolean reviewable() {
        return president && state == MinutesState.SUBMITTED;
    }

    public boolean publishable() {
        return staff && state == MinutesState.VALIDATED;
    }

    public boolean published() {
        return state == MinutesState.PUBLISHED;
    }
}
