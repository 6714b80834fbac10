package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caleol.housing.domain.Commune;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingType;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.NumeroUnique;
import fr.caleol.housing.domain.eligibility.CeilingZone;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class MinutesBuilderTest {

    private static long ids = 1;
    private static final Instant T0 = Instant.parse("2026-11-20T13:00:00Z");

    private static <T> T withId(T entity) {
        ReflectionTestUtils.setField(entity, "id", ids++);
        return entity;
    }

    private final Committee committee = withId(new Committee("CALEOL Est", "Est ensemble"));
    private final Sitting sitting = withId(new Sitting(committee, LocalDate.of(2026, 11, 20), LocalTime.of(14, 0),
            SittingMode.LIVE_REMOTE));
    private final List<Seat> seats = new ArrayList<>();

    private Seat seat(String name, SeatKind kind) {
        Seat seat = withId(new Seat(committee, new AppUser(name.toLowerCase(), name, "x", Set.of(Role.COMMITTEE_MEMBER)),
                kind));
        seats.add(seat);
        return seat;
    }

    private static HousingApplication application(String name, String numero) {
        HousingApplication a = withId(new HousingApplication(new NumeroUnique(numero), LocalDate.of(2025, 1, 10)));
        ReflectionTestUtils.setField(a, "applicantName", name);
        return a;
    }

    @Test
    void the_minutes_gather_presence_rounds_named_ballots_casting_vote_conflicts_and_the_adopted_decisions() {
        Seat president = seat("Présidente Martin", SeatKind.PRESIDENT);
        Seat board = seat("Paul Durand", SeatKind.BOARD_MEMBER);
        Seat mayor = seat("Maire Leroy", SeatKind.MAYOR);
        Seat substitute = seat("Suppléant Petit", SeatKind.SUBSTITUTE);
        substitute.setSubstituteFor(board);
        Seat prefect = seat("Préfet Roux", SeatKind.PREFECT_REPRESENTATIVE);
        Seat excused = seat("Excusé Blanc", SeatKind.EPCI_REPRESENTATIVE);

        Commune montreuil = new Commune("93048", "Montreuil", "93100", CeilingZone.PARIS_AND_ADJACENT);
        Dwelling dwelling = withId(new Dwelling("MTR-7", "3 rue Voltaire", montreuil, DwellingType.T3,
                new BigDecimal("64"), 2, true, false, new BigDecimal("520"), new BigDecimal("80"), Financing.PLUS,
                null));
        AgendaItem item = withId(new AgendaItem(sitting, 1, dwelling));
        item.setState(ItemState.DECIDED);
        Dwelling other = withId(new Dwelling("MTR-8", "5 rue Voltaire", montreuil, DwellingType.T2,
                new BigDecimal("44"), 1, true, false, new BigDecimal("420"), new BigDecimal("60"), Financing.PLUS,
                null));
        AgendaItem sentBack = withId(new AgendaItem(sitting, 2, other));
        sentBack.withdraw("Renvoi en séance physique demandé par Maire Leroy");

        HousingApplication a1 = application("DUPONT Anne", "0932611000001ABCDE");
        HousingApplication a2 = application("MOREAU Ali", "0932611000002ABCDE");
        HousingApplication a3 = application("NGUYEN Lan", "0932611000003ABCDE");
        List<AgendaCandidate> candidates = List.of(new AgendaCandidate(item, a2, 2), new AgendaCandidate(item, a1, 1),
                new AgendaCandidate(item, a3, 3));

        List<Attendance> attendance = List.of(
                new Attendance(sitting.getId(), president.getId(), T0, "node-1"),
                Attendance.inRoom(sitting.getId(), mayor.getId(), T0.plusSeconds(600), "secretary"),
                new Attendance(sitting.getId(), substitute.getId(), T0, "node-1"),
                attendanceLeft(prefect, T0, T0.plusSeconds(1800)));

        VoteRound rejected = withId(new VoteRound(item.getId(), 1, T0.plusSeconds(900), null, 4, 4, mayor.getId()));
        rejected.close(T0.plusSeconds(1000), new VoteOutcome(1, 3, 0, false, false));
        VoteRound adopted = withId(new VoteRound(item.getId(), 2, T0.plusSeconds(1100), null, 4, 4, mayor.getId()));
        adopted.close(T0.plusSeconds(1200), new VoteOutcome(2, 2, 0, true, true));
        List<Ballot> ballots = List.of(new Ballot(adopted.getId(), mayor.getId(), mayor.getId(), BallotChoice.FOR, T0.plusSeconds(1150)),
                new Ballot(adopted.getId(), president.getId(), president.getId(), BallotChoice.FOR, T0.plusSeconds(1120)),
                new Ballot(adopted.getId(), substitute.getId(), board.getId(), BallotChoice.AGAINST, T0.plusSeconds(1160)));
        List<ProposedDecision> decisions = List.of(
                new ProposedDecision(rejected.getId(), a1.getId(), DecisionType.ATTRIBUTION, null, null, null, null, null),
                new ProposedDecision(adopted.getId(), a3.getId(), DecisionType.INADMISSIBLE, null, null, null,
                        RefusalGround.IRREGULAR_RESIDENCE, "titre expiré"),
                new ProposedDecision(adopted.getId(), a2.getId(), DecisionType.RANKED_ATTRIBUTION, 2, null, null, null,
                        null),
                new ProposedDecision(adopted.getId(), a1.getId(), DecisionType.RANKED_ATTRIBUTION, 1, null, null, null,
                        null));
        List<ConflictDeclaration> conflicts = List.of(new ConflictDeclaration(item.getId(), board.getId(),
                T0.plusSeconds(700), "voisin"));

        MinutesDocument doc = MinutesBuilder.build(new MinutesBuilder.Records(sitting, seats,
                        Set.of(excused.getId()), attendance, List.of(sentBack, item), candidates, conflicts,
                        List.of(adopted, rejected), ballots, decisions),
                new MinutesBuilder.FreeText(MinutesState.DRAFT, null, null, "Ouverture", null,
                        Map.of(item.getId(), "Débat nourri")));

        assertThat(doc.members()).extracting(MinutesDocument.Member::name, MinutesDocument.Member::presence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Présidente Martin", MinutesDocument.Presence.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Paul Durand", MinutesDocument.Presence.REPLACED),
                        org.assertj.core.groups.Tuple.tuple("Maire Leroy", MinutesDocument.Presence.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Préfet Roux", MinutesDocument.Presence.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Excusé Blanc", MinutesDocument.Presence.EXCUSED),
                        org.assertj.core.groups.Tuple.tuple("Suppléant Petit", MinutesDocument.Presence.PRESENT));
        assertThat(doc.members().get(1).replacedBy()).isEqualTo("Suppléant Petit");
        assertThat(doc.members().get(3).stretches()).singleElement()
                .satisfies(s -> assertThat(s.leftAt()).isEqualTo(T0.plusSeconds(1800)));
        assertThat(doc.members().get(2).stretches()).as("the mayor, recorded in the room by the secretary")
                .singleElement().satisfies(s -> assertThat(s.inRoom()).isTrue());
        assertThat(doc.members().get(0).stretches()).singleElement().satisfies(s -> assertThat(s.inRoom()).isFalse());

        assertThat(doc.items()).extracting(MinutesDocument.Item::dwellingReference).containsExactly("MTR-7", "MTR-8");
        MinutesDocument.Item first = doc.items().getFirst();
        assertThat(first.candidates()).extracting(MinutesDocument.Candidate::name)
                .containsExactly("DUPONT Anne", "MOREAU Ali", "NGUYEN Lan");
        assertThat(first.candidates().getFirst().numeroUnique()).isNotBlank();
        assertThat(first.conflicts()).singleElement().satisfies(c -> assertThat(c.memberName()).isEqualTo("Paul Durand"));
        assertThat(first.rounds()).extracting(MinutesDocument.Round::number).containsExactly(1, 2);
        MinutesDocument.Round decisive = first.rounds().get(1);
        assertThat(decisive.castingVoteUsed()).isTrue();
        assertThat(decisive.castingHolder()).isEqualTo("Maire Leroy");
        assertThat(decisive.quorumRequired()).isEqualTo(2);
        assertThat(decisive.quorumMet()).isTrue();
        assertThat(decisive.ballots()).extracting(MinutesDocument.NamedBallot::memberName,
                        MinutesDocument.NamedBallot::forPlaceOf)
                .as("who voted, and for whose place when a substitute stood in")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Présidente Martin", null),
                        org.assertj.core.groups.Tuple.tuple("Maire Leroy", null),
                        org.assertj.core.groups.Tuple.tuple("Suppléant Petit", "Paul Durand"));
        assertThat(first.decisions()).as("only the adopted round's decisions, ranks first")
                .extracting(MinutesDocument.Decision::applicantName, MinutesDocument.Decision::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DUPONT Anne", DecisionType.RANKED_ATTRIBUTION),
                        org.assertj.core.groups.Tuple.tuple("MOREAU Ali", DecisionType.RANKED_ATTRIBUTION),
                        org.assertj.core.groups.Tuple.tuple("NGUYEN Lan", DecisionType.INADMISSIBLE));
        assertThat(first.decisions().get(2).groundsText()).isEqualTo("titre expiré");
        assertThat(first.note()).isEqualTo("Débat nourri");
        MinutesDocument.Item second = doc.items().get(1);
        assertThat(second.sentBack()).isTrue();
        assertThat(second.decisions()).isEmpty();
        assertThat(doc.decisions()).hasSize(3);
        assertThat(doc.openingRemarks()).isEqualTo("Ouverture");
    }

    private Attendance attendanceLeft(Seat seat, Instant joined, Instant left) {
        Attendance a = new Attendance(sitting.getId(), seat.getId(), joined, "node-1");
        a.leave(left);
        return a;
    }
}
