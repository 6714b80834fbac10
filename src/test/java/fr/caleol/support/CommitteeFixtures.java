package fr.caleol.support;

import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.QuorumRule;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.service.CommitteeService;
import fr.caleol.committee.service.LivePresence;
import fr.caleol.committee.service.SittingService;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A committee of its own for each test: a president, board members, the mayor of the dwelling's commune, the
 * prefect's representative, a secretary; each seat held by a new user.
 */
@Component
public class CommitteeFixtures {

    public static final String MONTREUIL = "93048";
    /** Every fixture member logs in with this password (for browser tests). */
    public static final String PASSWORD = "Seance-En-Direct-2026!";
    /** Every fixture member has an address at this reserved domain (RFC 2606), caught by the embedded SMTP server. */
    public static final String MAIL_DOMAIN = "caleol.test";

    private final CommitteeService committees;
    private final SittingService sittings;
    private final AppUserRepository users;
    private final CandidacyFixtures housing;
    private final LivePresence presence;
    private final String passwordHash;

    CommitteeFixtures(CommitteeService committees, SittingService sittings, AppUserRepository users,
            CandidacyFixtures housing, LivePresence presence,
            org.springframework.security.crypto.password.PasswordEncoder encoder) {
        this.presence = presence;
        this.passwordHash = encoder.encode(PASSWORD);
        this.committees = committees;
        this.sittings = sittings;
        this.users = users;
        this.housing = housing;
    }

    /** A convened live sitting on one Montreuil dwelling with three candidates. */
    public record LiveSitting(long committeeId, long sittingId, long itemId, long dwellingId,
            List<Long> applicationIds, String president, List<String> boardMembers, String mayor, String prefect,
            String secretary, String substitute, String otherMayor) {

        /** Every member who votes on this dwelling, president first. */
        public List<String> voters() {
            List<String> voters = new ArrayList<>();
            voters.add(president);
            voters.addAll(boardMembers);
            voters.add(mayor);
            voters.add(prefect);
            return voters;
        }
    }

    /** These members follow the sitting from elsewhere: present, with no screen in this test. */
    public void joinedElsewhere(LiveSitting s, String... members) {
        for (String member : members) {
            TestUsers.actAs(member, Role.COMMITTEE_MEMBER);
            presence.join(s.sittingId());
        }
        TestUsers.anonymous();
    }

    public LiveSitting convenedSitting(int boardMembers, CastingVoteHolder castingVoteHolder) {
        return convenedSitting(boardMembers, castingVoteHolder, SittingMode.LIVE_REMOTE, LocalTime.of(14, 0));
    }

    /** A convened sitting today in the given mode (a written procedure opens at {@code startTime}). */
    public LiveSitting convenedSitting(int boardMembers, CastingVoteHolder castingVoteHolder, SittingMode mode,
            LocalTime startTime) {
        return convenedSitting(boardMembers, castingVoteHolder, mode, startTime, 1);
    }

    /** As above with {@code dwellings} items of three candidates each (the record names the first item). */
    public LiveSitting convenedSitting(int boardMembers, CastingVoteHolder castingVoteHolder, SittingMode mode,
            LocalTime startTime, int dwellings) {
        return convenedSitting(boardMembers, castingVoteHolder, mode, startTime, dwellings, false);
    }

    /** A live sitting today whose first board member has a substitute ({@link LiveSitting#substitute()}). */
    public LiveSitting convenedSittingWithSubstitute(int boardMembers, CastingVoteHolder castingVoteHolder) {
        return convenedSitting(boardMembers, castingVoteHolder, SittingMode.LIVE_REMOTE, LocalTime.of(14, 0), 1, true);
    }

    private LiveSitting convenedSitting(int boardMembers, CastingVoteHolder castingVoteHolder, SittingMode mode,
            LocalTime startTime, int dwellings, boolean substituteForFirstBoardMember) {
        return sitting(boardMembers, castingVoteHolder, mode, LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE),
                startTime, dwellings, substituteForFirstBoardMember, 0, true, null);
    }

    /**
     * A convened live sitting today on one Montreuil dwelling whose committee also seats the mayor of another commune
     * ({@link LiveSitting#otherMayor()}), who does not sit on that item.
     */
    public LiveSitting convenedSittingWithOtherMayor(String otherCommuneInsee) {
        return sitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.LIVE_REMOTE,
                LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE), LocalTime.of(14, 0), 1, false, 0, true,
                otherCommuneInsee);
    }

    /**
     * A sitting in preparation (agenda ready, not convened) on {@code date} at {@code startTime}, for a committee
     * whose regulations give {@code noticeDays} clear days of convocation notice; its first board member has a
     * substitute.
     */
    public LiveSitting preparedSitting(LocalDate date, LocalTime startTime, int noticeDays) {
        return preparedSitting(date, startTime, noticeDays, 2);
    }

    /** As above with {@code boardMembers} board members: {@code boardMembers} + 5 seats in all. */
    public LiveSitting preparedSitting(LocalDate date, LocalTime startTime, int noticeDays, int boardMembers) {
        return sitting(boardMembers, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.LIVE_REMOTE, date, startTime, 1,
                true, noticeDays, false, null);
    }

    /**
     * A sitting in preparation today at 14:00 (agenda ready, not convened) of a committee of {@code territory}, whose
     * cotation grid scores its candidates once convened.
     */
    public LiveSitting preparedSittingIn(String territory) {
        return sitting(2, CastingVoteHolder.MAYOR_OF_COMMUNE, SittingMode.LIVE_REMOTE,
                LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE), LocalTime.of(14, 0), 1, false, 0, false, null,
                territory);
    }

    private LiveSitting sitting(int boardMembers, CastingVoteHolder castingVoteHolder, SittingMode mode,
            LocalDate date, LocalTime startTime, int dwellings, boolean substituteForFirstBoardMember,
            int noticeDays, boolean convene, String otherMayorInsee) {
        return sitting(boardMembers, castingVoteHolder, mode, date, startTime, dwellings, substituteForFirstBoardMember,
                noticeDays, convene, otherMayorInsee, "Est ensemble");
    }

    private LiveSitting sitting(int boardMembers, CastingVoteHolder castingVoteHolder, SittingMode mode,
            LocalDate date, LocalTime startTime, int dwellings, boolean substituteForFirstBoardMember,
            int noticeDays, boolean convene, String otherMayorInsee, String territory) {
        CandidacyFixtures.Proposed proposed = housing.dwellingWithCandidates(MONTREUIL, 3);
        TestUsers.actAs("admin", Role.ADMIN);
        try {
            Committee committee = committees.create(TestUsers.unique("CALEOL test"), territory,
                    new CommitteeService.Rules(new QuorumRule(QuorumRule.Kind.PERCENT_OF_ELECTORATE, 50), false,
                            castingVoteHolder, true, 24, noticeDays));
            String president = seat(committee, SeatKind.PRESIDENT, null);
            List<String> board = new ArrayList<>();
            for (int i = 0; i < boardMembers; i++) {
                board.add(seat(committee, SeatKind.BOARD_MEMBER, null));
            }
            String mayor = seat(committee, SeatKind.MAYOR, MONTREUIL);
            String prefect = seat(committee, SeatKind.PREFECT_REPRESENTATIVE, null);
            String otherMayor = otherMayorInsee == null ? null : seat(committee, SeatKind.MAYOR, otherMayorInsee);
            String secretary = seat(committee, SeatKind.SECRETARY, null);
            String substitute = null;
            if (substituteForFirstBoardMember) {
                long titular = committees.seats(committee.getId()).stream()
                        .filter(seat -> seat.getUser().getUsername().equals(board.getFirst())).findFirst()
                        .orElseThrow().getId();
                substitute = seat(committee, SeatKind.SUBSTITUTE, null, titular);
            }
            Sitting sitting = sittings.create(committee.getId(), date, startTime, mode);
            long itemId = sittings.addItem(sitting.getId(), proposed.dwellingId()).getId();
            for (int i = 1; i < dwellings; i++) {
                TestUsers.anonymous();
                CandidacyFixtures.Proposed more = housing.dwellingWithCandidates(MONTREUIL, 3);
                TestUsers.actAs("admin", Role.ADMIN);
                sittings.addItem(sitting.getId(), more.dwellingId());
            }
            if (convene) {
                sittings.convene(sitting.getId());
            }
            return new LiveSitting(committee.getId(), sitting.getId(), itemId, proposed.dwellingId(),
                    proposed.applicationIds(), president, board, mayor, prefect, secretary, substitute, otherMayor);
        } finally {
            TestUsers.anonymous();
        }
    }

    private String seat(Committee committee, SeatKind kind, String communeInsee) {
        return seat(committee, kind, communeInsee, null);
    }

    private String seat(Committee committee, SeatKind kind, String communeInsee, Long substituteFor) {
        String username = TestUsers.unique(kind.name().toLowerCase().replace('_', '-'));
        AppUser user = new AppUser(username, "Membre " + username, passwordHash,
                Set.of(kind == SeatKind.SECRETARY ? Role.SECRETARY : Role.COMMITTEE_MEMBER));
        user.setEmail(username + "@" + MAIL_DOMAIN);
        users.save(user);
        committees.addSeat(committee.getId(),
                new CommitteeService.SeatForm(username, kind, false, communeInsee, null, substituteFor));
        return username;
    }
}
