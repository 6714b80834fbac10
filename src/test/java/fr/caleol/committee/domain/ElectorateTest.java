package fr.caleol.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.committee.domain.Electorate.DwellingRef;
import fr.caleol.committee.domain.Electorate.Role;
import fr.caleol.committee.domain.Electorate.SeatRef;
import fr.caleol.housing.domain.Reservataire;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElectorateTest {

    static final String MONTREUIL = "93048";
    static final String BOBIGNY = "93008";

    // 1 president, 2-6 board members (6 = tenant representative), 7 mayor of Montreuil, 8 mayor of Bobigny,
    // 9 prefect, 10 EPCI, 11 association, 12 réservataire Action Logement, 13 substitute of 2, 14 secretary.
    static final List<SeatRef> SEATS = List.of(
            new SeatRef(1, SeatKind.PRESIDENT, null, null, null),
            new SeatRef(2, SeatKind.BOARD_MEMBER, null, null, null),
            new SeatRef(3, SeatKind.BOARD_MEMBER, null, null, null),
            new SeatRef(4, SeatKind.BOARD_MEMBER, null, null, null),
            new SeatRef(5, SeatKind.BOARD_MEMBER, null, null, null),
            new SeatRef(6, SeatKind.BOARD_MEMBER, null, null, null),
            new SeatRef(7, SeatKind.MAYOR, MONTREUIL, null, null),
            new SeatRef(8, SeatKind.MAYOR, BOBIGNY, null, null),
            new SeatRef(9, SeatKind.PREFECT_REPRESENTATIVE, null, null, null),
            new SeatRef(10, SeatKind.EPCI_REPRESENTATIVE, null, null, null),
            new SeatRef(11, SeatKind.ASSOCIATION_REPRESENTATIVE, null, null, null),
            new SeatRef(12, SeatKind.RESERVATAIRE, null, Reservataire.ACTION_LOGEMENT, null),
            new SeatRef(13, SeatKind.SUBSTITUTE, null, null, 2L),
            new SeatRef(14, SeatKind.SECRETARY, null, null, null));

    static final Set<Long> EVERYONE = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
    static final DwellingRef MONTREUIL_PREFECTURE = new DwellingRef(MONTREUIL, Reservataire.PREFECTURE);

    @Test
    void the_mayor_votes_only_on_dwellings_of_his_commune() {
        Electorate e = Electorate.of(SEATS, MONTREUIL_PREFECTURE, EVERYONE, Set.of());
        assertThat(e.mayVote(7)).isTrue();
        assertThat(e.roleOf(8)).isEqualTo(Role.NOT_CONCERNED);
        assertThat(e.size()).isEqualTo(9);
        assertThat(e.presentVoters()).isEqualTo(9);
    }

    @Test
    void advisory_members_and_the_secretary_never_vote() {
        Electorate e = Electorate.of(SEATS, new DwellingRef(MONTREUIL, Reservataire.ACTION_LOGEMENT), EVERYONE, Set.of());
        assertThat(e.roleOf(11)).isEqualTo(Role.ADVISORY);
        assertThat(e.roleOf(12)).isEqualTo(Role.ADVISORY);
        assertThat(e.roleOf(14)).isEqualTo(Role.ADVISORY);
        assertThat(e.mayVote(11) || e.mayVote(12) || e.mayVote(14)).isFalse();
    }

    @Test
    void a_reservataire_takes_part_only_on_dwellings_of_its_own_quota() {
        Electorate e = Electorate.of(SEATS, MONTREUIL_PREFECTURE, EVERYONE, Set.of());
        assertThat(e.roleOf(12)).isEqualTo(Role.NOT_CONCERNED);
    }

    @Test
    void a_substitute_votes_only_when_his_titular_is_absent() {
        Electorate withTitular = Electorate.of(SEATS, MONTREUIL_PREFECTURE, EVERYONE, Set.of());
        assertThat(withTitular.roleOf(13)).isEqualTo(Role.NOT_CONCERNED);

        Set<Long> titularAbsent = new java.util.HashSet<>(EVERYONE);
        titularAbsent.remove(2L);
        Electorate replaced = Electorate.of(SEATS, MONTREUIL_PREFECTURE, titularAbsent, Set.of());
        assertThat(replaced.roleOf(2)).isEqualTo(Role.ABSENT_VOTER);
        assertThat(replaced.mayVote(13)).isTrue();
        assertThat(replaced.presentVoters()).as("the substitute stands for the titular").isEqualTo(9);
    }

    @Test
    void a_recused_member_neither_votes_nor_counts_in_the_electorate() {
        Electorate e = Electorate.of(SEATS, MONTREUIL_PREFECTURE, EVERYONE, Set.of(3L));
        assertThat(e.roleOf(3)).isEqualTo(Role.RECUSED);
        assertThat(e.size()).isEqualTo(8);
        assertThat(e.presentVoters()).isEqualTo(8);
    }

    @Test
    void the_quorum_follows_who_is_present() {
        QuorumRule half = new QuorumRule(QuorumRule.Kind.PERCENT_OF_ELECTORATE, 50);
        Electorate four = Electorate.of(SEATS, MONTREUIL_PREFECTURE, Set.of(1L, 2L, 3L, 4L, 14L), Set.of());
        assertThat(four.presentVoters()).isEqualTo(4);
        assertThat(four.hasQuorum(half)).isFalse();
        Electorate five = Electorate.of(SEATS, MONTREUIL_PREFECTURE, Set.of(1L, 2L, 3L, 4L, 7L), Set.of());
        assertThat(five.hasQuorum(half)).isTrue();
    }

    @Test
    void each_voter_votes_for_one_place_and_a_substitute_for_his_titulars() {
        Set<Long> titularAbsent = new java.util.HashSet<>(EVERYONE);
        titularAbsent.remove(2L);
        Electorate replaced = Electorate.of(SEATS, MONTREUIL_PREFECTURE, titularAbsent, Set.of());
        assertThat(replaced.placeOf(13)).contains(2L);
        assertThat(replaced.placeOf(3)).contains(3L);
        assertThat(replaced.placeOf(2)).as("absent: no place to vote for").isEmpty();
        assertThat(replaced.voterCount()).isEqualTo(9);

        Electorate withTitular = Electorate.of(SEATS, MONTREUIL_PREFECTURE, EVERYONE, Set.of());
        assertThat(withTitular.placeOf(13)).isEmpty();
        assertThat(withTitular.placeOf(2)).contains(2L);
    }

    @Test
    void a_frozen_electorate_keeps_its_roles_and_places_and_refuses_two_voters_for_one_place() {
        Electorate frozen = Electorate.frozen(Map.of(2L, Role.ABSENT_VOTER, 13L, Role.VOTER), Map.of(13L, 2L), 1, 1);
        assertThat(frozen.mayVote(13)).isTrue();
        assertThat(frozen.mayVote(2)).isFalse();
        assertThat(frozen.placeOf(13)).contains(2L);
        assertThatThrownBy(() -> Electorate.frozen(Map.of(2L, Role.VOTER, 13L, Role.VOTER),
                Map.of(2L, 2L, 13L, 2L), 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Electorate.frozen(Map.of(2L, Role.ABSENT_VOTER), Map.of(2L, 2L), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
