package fr.caleol.demo;

import fr.caleol.base.domain.LandlordTime;
import fr.caleol.committee.domain.AgendaCandidate;
import fr.caleol.committee.domain.AgendaCandidateRepository;
import fr.caleol.committee.domain.AgendaItem;
import fr.caleol.committee.domain.AgendaItemRepository;
import fr.caleol.committee.domain.CastingVoteHolder;
import fr.caleol.committee.domain.Committee;
import fr.caleol.committee.domain.CommitteeRepository;
import fr.caleol.committee.domain.Convocation;
import fr.caleol.committee.domain.ConvocationRepository;
import fr.caleol.committee.domain.QuorumRule;
import fr.caleol.committee.domain.Seat;
import fr.caleol.committee.domain.SeatKind;
import fr.caleol.committee.domain.SeatRepository;
import fr.caleol.committee.domain.Sitting;
import fr.caleol.committee.domain.SittingMode;
import fr.caleol.committee.domain.SittingRepository;
import fr.caleol.committee.domain.SittingState;
import fr.caleol.housing.domain.Candidacy;
import fr.caleol.housing.domain.CandidacyRepository;
import fr.caleol.housing.domain.CommuneRepository;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingRepository;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.Reservataire;
import fr.caleol.housing.service.CotationService;
import fr.caleol.security.domain.AppUser;
import fr.caleol.security.domain.AppUserRepository;
import fr.caleol.security.domain.Role;
import fr.caleol.security.service.SystemActor;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo committee: "CALEOL Est Ensemble" with a president, five board members (one tenant representative), the
 * mayor of Montreuil, the prefect's representative, a réservataire and the secretary, each with a demo login; and a
 * live sitting today on five dwellings with three candidates each, convened and ready to start; before it, a year of
 * past sittings ({@link CommitteeHistoryDemo}).
 */
@Component
class CommitteeDemo {

    static final String COMMITTEE_NAME = "CALEOL Est Ensemble";
    private static final Logger log = LoggerFactory.getLogger(CommitteeDemo.class);
    private static final String MONTREUIL = "93048";

    private final CommitteeRepository committees;
    private final SeatRepository seats;
    private final AppUserRepository users;
    private final CommuneRepository communes;
    private final DwellingRepository dwellings;
    private final CandidacyRepository candidacies;
    private final SittingRepository sittings;
    private final AgendaItemRepository items;
    private final AgendaCandidateRepository agendaCandidates;
    private final ConvocationRepository convocations;
    private final CotationService cotation;
    private final CommitteeHistoryDemo history;
    private final Clock clock;

    CommitteeDemo(CommitteeRepository committees, SeatRepository seats, AppUserRepository users,
            CommuneRepository communes, DwellingRepository dwellings, CandidacyRepository candidacies,
            SittingRepository sittings, AgendaItemRepository items, AgendaCandidateRepository agendaCandidates,
            ConvocationRepository convocations, CotationService cotation, CommitteeHistoryDemo history, Clock clock) {
        this.cotation = cotation;
        this.history = history;
        this.committees = committees;
        this.seats = seats;
        this.users = users;
        this.communes = communes;
        this.dwellings = dwellings;
        this.candidacies = candidacies;
        this.sittings = sittings;
        this.items = items;
        this.agendaCandidates = agendaCandidates;
        this.convocations = convocations;
        this.clock = clock;
    }

    /** Loads the committee once; the caller runs it in a transaction after the accounts and housing data. */
    void load() {
        if (committees.existsByName(COMMITTEE_NAME)) {
            return;
        }
        Committee committee = new Committee(COMMITTEE_NAME, "Établissement public territorial Est Ensemble");
        committee.setRules(new QuorumRule(QuorumRule.Kind.PERCENT_OF_ELECTORATE, 50), false,
                CastingVoteHolder.MAYOR_OF_COMMUNE, true, 24);
        committees.save(committee);
        Map<String, AppUser> byName = users.findAll().stream()
                .collect(Collectors.toMap(AppUser::getUsername, u -> u));
        List<Seat> created = new ArrayList<>();
        for (DemoAccounts.Account account : DemoAccounts.ALL) {
            if (account.seat() == null) {
                continue;
            }
            Seat seat = new Seat(committee, byName.get(account.username()), account.seat());
            seat.setTenantRepresentative(account.username().equals("locataire"));
            if (account.seat() == SeatKind.MAYOR) {
                seat.setCommune(communes.findByInseeCode(MONTREUIL).orElseThrow());
            }
            if (account.seat() == SeatKind.RESERVATAIRE) {
                seat.setReservataire(Reservataire.ACTION_LOGEMENT);
            }
            created.add(seats.save(seat));
        }
        int past = history.load(committee);
        List<Dwelling> onAgenda = dwellingsWithThreeCandidates();
        if (onAgenda.isEmpty()) {
            log.info("Demo committee created without a sitting: no dwelling with three candidates yet");
            return;
        }
        Sitting sitting = sittings.save(new Sitting(committee, LandlordTime.today(clock), LocalTime.of(14, 30),
                SittingMode.LIVE_REMOTE));
        sitting.setCotationGridId(demoGrid(committee.getTerritory()));
        int position = 1;
        for (Dwelling dwelling : onAgenda) {
            AgendaItem item = items.save(new AgendaItem(sitting, position++, dwelling));
            int rank = 1;
            for (Candidacy candidacy : candidacies.findByDwelling(dwelling.getId())) {
                agendaCandidates.save(new AgendaCandidate(item, candidacy.getApplication(), rank++));
            }
        }
        created.forEach(seat -> convocations.save(new Convocation(sitting, seat, clock.instant())));
        sitting.setState(SittingState.CONVENED);
        log.info("Demo committee '{}' with {} seats, {} past sittings and a sitting today on {} dwellings",
                COMMITTEE_NAME, created.size(), past, onAgenda.size());
    }

    /** The territory's cotation grid, the sample one an administrator downloads from the grid screen. */
    private long demoGrid(String territory) {
        return SystemActor.call(() -> {
            try (InputStream sample = CommitteeDemo.class.getResourceAsStream("/samples/cotation-exemple.csv")) {
                return cotation.importCsv(territory, sample).id();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, Role.ADMIN);
    }

    /** Five proposed dwellings with at least three candidates, those of Montreuil first (the mayor's commune). */
    private List<Dwelling> dwellingsWithThreeCandidates() {
        return dwellings.findAll(PageRequest.of(0, 2000)).stream()
                .filter(d -> d.getStatus() == DwellingStatus.PROPOSED)
                .filter(d -> candidacies.countByDwellingId(d.getId()) >= 3)
                .sorted(Comparator.comparing((Dwelling d) -> !d.getCommune().getInseeCode().equals(MONTREUIL))
                        .thenComparing(Dwelling::getReference))
                .limit(5)
                .toList();
    }
}
