package fr.caleol.committee.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caleol.base.errors.BusinessException;
import fr.caleol.base.events.EventBus;
import fr.caleol.committee.domain.DecisionProposal;
import fr.caleol.committee.domain.DecisionType;
import fr.caleol.committee.domain.FrenchCalendar;
import fr.caleol.committee.domain.MinutesState;
import fr.caleol.committee.domain.Offer;
import fr.caleol.committee.domain.OfferState;
import fr.caleol.committee.domain.RefusalGround;
import fr.caleol.housing.domain.ApplicationStatus;
import fr.caleol.housing.domain.DwellingRepository;
import fr.caleol.housing.domain.DwellingStatus;
import fr.caleol.housing.domain.HousingApplicationRepository;
import fr.caleol.housing.service.DossierReadPermission;
import fr.caleol.security.domain.Role;
import fr.caleol.support.CommitteeFixtures.LiveSitting;
import fr.caleol.support.CommitteeFixtures;
import fr.caleol.support.IntegrationTest;
import fr.caleol.support.Mailbox;
import fr.caleol.support.MinutesFixtures;
import fr.caleol.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MinutesServiceIT {

    @Autowired MinutesFixtures fixtures;
    @Autowired MinutesService minutes;
    @Autowired FollowUpService followUp;
    @Autowired Mailbox mailbox;
    @Autowired LetterService letters;
    @Autowired List<DossierReadPermission> dossierPermissions;
    @Autowired HousingApplicationRepository applications;
    @Autowired DwellingRepository dwellings;
    @Autowired EventBus eventBus;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeService committees;
    @Autowired fr.caleol.security.domain.AppUserRepository users;

    @AfterEach
    void logout() {
        TestUsers.anonymous();
    }

    private static void asSecretary(LiveSitting s) {
        TestUsers.actAs(s.secretary(), Role.SECRETARY);
    }

    private static void asMember(String username) {
        TestUsers.actAs(username, Role.COMMITTEE_MEMBER);
    }

    private static List<DecisionProposal> mixed(List<Long> ids) {
        return List.of(
                new DecisionProposal(ids.get(0), DecisionType.CONDITIONAL_ATTRIBUTION, null, "Avis d’imposition 2025",
                        LocalDate.now().plusDays(20), null, null),
                new DecisionProposal(ids.get(1), DecisionType.NON_ATTRIBUTION, null, null, null,
                        RefusalGround.RESOURCES_ABOVE_CEILING, "revenus 2024 supérieurs de 12 %"),
                new DecisionProposal(ids.get(2), DecisionType.INADMISSIBLE, null, null, null,
                        RefusalGround.IRREGULAR_RESIDENCE, null));
    }

    /** Draft → submitted → validated → published; returns the published minutes' id. */
    private long publish(LiveSitting s) {
        asSecretary(s);
        long id = minutes.createDraft(s.sittingId());
        minutes.submit(id, minutes.page(s.sittingId()).version());
        asMember(s.president());
        minutes.validate(id, minutes.page(s.sittingId()).version());
        asSecretary(s);
        minutes.publish(id, minutes.page(s.sittingId()).version());
        return id;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private String applicantName(long applicationId) {
        return applications.findById(applicationId).orElseThrow().getApplicantName();
    }

    @Test
    void the_minutes_go_from_draft_to_validation_through_a_send_back_and_only_published_minutes_reach_members() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        asSecretary(s);
        long id = minutes.createDraft(s.sittingId());
        MinutesPage draft = minutes.page(s.sittingId());
        assertThat(draft.state()).isEqualTo(MinutesState.DRAFT);
        assertThat(draft.document().items()).hasSize(1);
        long v = minutes.saveFreeText(id, draft.version(),
                new MinutesService.FreeText("Séance ouverte à l’heure.", null, Map.of(s.itemId(), "RAS"), Set.of()));
        minutes.submit(id, v);

        asMember(s.boardMembers().get(0));
        assertThatThrownBy(() -> minutes.page(s.sittingId())).isInstanceOf(BusinessException.class)
                .hasMessage("minutes.error.notPublished");
        assertThatThrownBy(() -> minutes.validate(id, minutes.page(s.sittingId()).version()))
                .isInstanceOf(BusinessException.class);

        asMember(s.president());
        MinutesPage submitted = minutes.page(s.sittingId());
        assertThat(submitted.reviewable()).isTrue();
        assertThatThrownBy(() -> minutes.sendBack(id, submitted.version(), " "))
                .hasMessage("minutes.error.commentRequired");
        minutes.sendBack(id, submitted.version(), "Préciser l’heure d’arrivée du maire.");

        asSecretary(s);
        MinutesPage back = minutes.page(s.sittingId());
        assertThat(back.state()).isEqualTo(MinutesState.DRAFT);
        assertThat(back.presidentComment()).contains("maire");
        assertThatThrownBy(() -> minutes.publish(id, back.version())).hasMessage("minutes.error.notValidated");
        minutes.submit(id, back.version());
        asMember(s.president());
        minutes.validate(id, minutes.page(s.sittingId()).version());
        asMember(s.boardMembers().get(0));
        assertThatThrownBy(() -> minutes.page(s.sittingId())).hasMessage("minutes.error.notPublished");

        asSecretary(s);
        String sha = minutes.publish(id, minutes.page(s.sittingId()).version());
        asMember(s.boardMembers().get(0));
        MinutesPage published = minutes.page(s.sittingId());
        assertThat(published.published()).isTrue();
        assertThat(published.sha256()).isEqualTo(sha).hasSize(64);
        assertThat(minutes.pdf(id)).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MINUTES_PUBLISHED' "
                + "and object_id = ? and details like ?", Integer.class, String.valueOf(id), "%sha256 " + sha + "%"))
                .isEqualTo(1);
    }

    @Test
    void published_minutes_are_frozen_and_a_correction_is_an_erratum_referencing_them() throws IOException {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        long id = publish(s);
        asSecretary(s);
        long version = minutes.page(s.sittingId()).version();
        MinutesService.FreeText change = new MinutesService.FreeText("Autre texte", null, Map.of(), Set.of());
        assertThatThrownBy(() -> minutes.saveFreeText(id, version, change)).hasMessage("minutes.error.frozen");
        assertThatThrownBy(() -> minutes.submit(id, version)).hasMessage("minutes.error.frozen");
        assertThatThrownBy(() -> minutes.publish(id, version)).hasMessage("minutes.error.frozen");
        asMember(s.president());
        assertThatThrownBy(() -> minutes.sendBack(id, version, "non")).hasMessage("minutes.error.frozen");
        assertThatThrownBy(() -> minutes.validate(id, version)).hasMessage("minutes.error.frozen");

        asSecretary(s);
        byte[] frozen = minutes.pdf(id);
        long erratum = minutes.startErratum(id);
        assertThat(erratum).isNotEqualTo(id);
        MinutesPage page = minutes.page(s.sittingId());
        assertThat(page.erratumOfId()).isEqualTo(id);
        minutes.saveFreeText(erratum, page.version(), change);
        assertThat(minutes.pdf(id)).as("the published PDF never changes").isEqualTo(frozen);
        assertThatThrownBy(() -> minutes.startErratum(id)).hasMessage("minutes.error.erratumInProgress");
        minutes.submit(erratum, minutes.page(s.sittingId()).version());
        asMember(s.president());
        minutes.validate(erratum, minutes.page(s.sittingId()).version());
        asSecretary(s);
        minutes.publish(erratum, minutes.page(s.sittingId()).version());
        assertThat(text(minutes.pdf(erratum))).contains("ERRATUM").contains("n° " + id);
    }

    @Test
    void a_second_save_from_a_stale_editor_is_refused_and_nothing_is_lost() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        asSecretary(s);
        long id = minutes.createDraft(s.sittingId());
        long read = minutes.page(s.sittingId()).version();
        minutes.saveFreeText(id, read, new MinutesService.FreeText("Premier", null, Map.of(), Set.of()));
        assertThatThrownBy(() -> minutes.saveFreeText(id, read,
                new MinutesService.FreeText("Second", null, Map.of(), Set.of())))
                .isInstanceOf(BusinessException.class).hasMessage("error.staleData");
        assertThat(minutes.page(s.sittingId()).document().openingRemarks()).isEqualTo("Premier");
    }

    @Test
    void convened_members_lose_access_to_the_dossiers_when_the_minutes_are_published() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        long applicationId = s.applicationIds().get(1);
        String member = s.boardMembers().get(0);
        assertThat(dossierPermissions.stream().anyMatch(p -> p.mayRead(member, applicationId))).isTrue();
        publish(s);
        assertThat(dossierPermissions.stream().anyMatch(p -> p.mayRead(member, applicationId))).isFalse();
    }

    @Test
    void the_published_pdf_names_the_candidates_decisions_grounds_presence_and_hash() throws IOException {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures_mixed());
        publish(s);
        asSecretary(s);
        MinutesPage page = minutes.page(s.sittingId());
        byte[] pdf = minutes.pdf(page.minutesId());
        // Kept for a look at the layout (target/ is not committed).
        java.nio.file.Files.write(java.nio.file.Path.of("target", "minutes-sample.pdf"), pdf);
        String text = text(pdf);
        for (long applicationId : s.applicationIds()) {
            assertThat(text).contains(applicantName(applicationId));
        }
        assertThat(text).contains("Procès-verbal").contains("Attribution sous condition suspensive")
                .contains("Avis d’imposition 2025").contains("Non-attribution")
                .contains("Ressources supérieures au plafond (revenus 2024 supérieurs de 12 %)")
                .contains("Rejet pour irrecevabilité").contains("Séjour irrégulier")
                .contains("Présents (5)").contains("Absents (0)").contains("Secrétariat de séance").contains("ADOPTÉE").contains("Votes nominatifs")
                .contains("quorum").contains("Page 1 / ").contains(page.sha256());
    }

    private static java.util.function.Function<List<Long>, List<DecisionProposal>> MinutesFixtures_mixed() {
        return MinutesServiceIT::mixed;
    }

    @Test
    void a_refused_offer_passes_to_the_next_rank_and_when_all_refuse_the_dwelling_is_vacant_again() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        publish(s);
        asSecretary(s);
        List<FollowUpService.Line> lines = followUp.lines(s.sittingId());
        assertThat(lines).extracting(FollowUpService.Line::state)
                .containsExactly(OfferState.PENDING, OfferState.WAITING, OfferState.WAITING);
        assertThat(lines.getFirst().deadline()).isEqualTo(FrenchCalendar.replyDeadline(lines.getFirst().notifiedOn()));
        assertThatThrownBy(() -> followUp.answer(lines.getFirst().id(), lines.getFirst().version(), OfferState.LAPSED))
                .hasMessage("followUp.error.notOverdue");

        followUp.answer(lines.getFirst().id(), lines.getFirst().version(), OfferState.REFUSED);
        List<FollowUpService.Line> after = followUp.lines(s.sittingId());
        assertThat(after).extracting(FollowUpService.Line::state)
                .containsExactly(OfferState.REFUSED, OfferState.PENDING, OfferState.WAITING);
        assertThat(applications.findById(s.applicationIds().get(1)).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.ALLOCATED);
        assertThat(applications.findById(s.applicationIds().get(0)).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.ACTIVE);

        followUp.answer(after.get(1).id(), after.get(1).version(), OfferState.REFUSED);
        FollowUpService.Line third = followUp.lines(s.sittingId()).get(2);
        followUp.answer(third.id(), third.version(), OfferState.REFUSED);
        assertThat(dwellings.findById(s.dwellingId()).orElseThrow().getStatus()).isEqualTo(DwellingStatus.VACANT);
        assertThatThrownBy(() -> followUp.answer(third.id(), third.version() + 1, OfferState.ACCEPTED))
                .hasMessage("followUp.error.notPending");
    }

    @Test
    void an_offer_not_answered_by_its_deadline_lapses_on_its_own_and_passes_to_the_next_rank() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        publish(s);
        jdbc.update("update offer o join agenda_item i on i.id = o.item_id set o.reply_deadline = ? "
                + "where i.sitting_id = ? and o.state = 'PENDING'", LocalDate.now().minusDays(1), s.sittingId());
        TestUsers.anonymous();
        assertThat(followUp.lapseOverdueOffers()).isGreaterThanOrEqualTo(1);
        asSecretary(s);
        assertThat(followUp.lines(s.sittingId())).extracting(FollowUpService.Line::state)
                .containsExactly(OfferState.LAPSED, OfferState.PENDING, OfferState.WAITING);
    }

    @Test
    void an_accepted_offer_allocates_the_dwelling_and_releases_the_next_ranks() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        publish(s);
        asSecretary(s);
        FollowUpService.Line first = followUp.lines(s.sittingId()).getFirst();
        followUp.answer(first.id(), first.version(), OfferState.ACCEPTED);
        assertThat(dwellings.findById(s.dwellingId()).orElseThrow().getStatus()).isEqualTo(DwellingStatus.ALLOCATED);
        assertThat(applications.findById(s.applicationIds().get(2)).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.ACTIVE);
    }

    @Test
    void an_overdue_condition_is_flagged_to_the_secretary() {
        LiveSitting s = fixtures.closedSitting(1, MinutesServiceIT::mixed);
        publish(s);
        asSecretary(s);
        assertThat(followUp.overdueConditions(s.sittingId())).isEmpty();
        jdbc.update("update offer o join agenda_item i on i.id = o.item_id set o.reply_deadline = ? "
                + "where i.sitting_id = ? and o.kind = 'CONDITION'", LocalDate.now().minusDays(2), s.sittingId());
        assertThat(followUp.overdueConditions(s.sittingId())).singleElement()
                .satisfies(line -> assertThat(line.kind()).isEqualTo(Offer.Kind.CONDITION));
        assertThat(followUp.overdueConditionsEverywhere()).anySatisfy(o -> {
            assertThat(o.sittingId()).isEqualTo(s.sittingId());
            assertThat(o.count()).isEqualTo(1);
        });

        assertThat(followUp.announceOverdueConditions()).as("the secretaries are told by mail").isPositive();
        assertThat(followUp.announceOverdueConditions()).as("once").isZero();
        assertThat(mailbox.await("secretaire@caleol.example", 1,
                m -> m.text().contains("/seances/" + s.sittingId() + "/proces-verbal"))).singleElement()
                .satisfies(m -> assertThat(m.subject()).startsWith("Attribution sous condition échue"));
    }

    @Test
    void the_convened_members_receive_a_mail_when_the_minutes_are_published() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        publish(s);
        assertThat(mailbox.await(s.mayor() + "@" + CommitteeFixtures.MAIL_DOMAIN, 1,
                m -> m.subject().startsWith("Procès-verbal publié")).getFirst().text())
                .contains("/seances/" + s.sittingId() + "/proces-verbal");
    }

    @Test
    void members_are_told_when_the_minutes_are_published() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        List<MinutesPublishedEvent> seen = new CopyOnWriteArrayList<>();
        try (EventBus.Registration ignored = eventBus.subscribe(MinutesPublishedEvent.class, seen::add)) {
            publish(s);
        }
        assertThat(seen).singleElement().satisfies(e -> {
            assertThat(e.sittingId()).isEqualTo(s.sittingId());
            assertThat(e.convenedUsernames()).contains(s.president(), s.mayor());
        });
    }

    @Test
    void letters_are_one_pdf_per_applicant_with_the_legal_content_plus_a_mail_merge_csv_and_the_prefect_package()
            throws IOException {
        LiveSitting s = fixtures.closedSitting(2, MinutesServiceIT::mixed);
        asSecretary(s);
        assertThatThrownBy(() -> letters.lettersZip(s.sittingId(), p -> { }))
                .hasMessage("minutes.error.notPublished");
        publish(s);
        asSecretary(s);
        List<Integer> progress = new ArrayList<>();
        Map<String, String> texts = unzip(letters.lettersZip(s.sittingId(), progress::add), true);
        assertThat(texts).hasSize(6);
        assertThat(progress).last().isEqualTo(100);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "letters-sample.zip"),
                letters.lettersZip(s.sittingId(), p -> { }));
        String conditional = texts.entrySet().stream().filter(e -> e.getKey().endsWith("conditional_attribution.pdf"))
                .findFirst().orElseThrow().getValue();
        assertThat(conditional).contains(applicantName(s.applicationIds().get(0))).contains("Avis d’imposition 2025")
                .contains("condition suspensive");
        String inadmissible = texts.entrySet().stream().filter(e -> e.getKey().endsWith("inadmissible.pdf"))
                .findFirst().orElseThrow().getValue();
        assertThat(inadmissible).contains("Séjour irrégulier").contains("radiée").contains("un mois");
        String refusal = texts.entrySet().stream().filter(e -> e.getKey().endsWith("non_attribution.pdf"))
                .findFirst().orElseThrow().getValue();
        assertThat(refusal).contains("Ressources supérieures au plafond");

        String csv = new String(letters.lettersCsv(s.sittingId()), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(7);
        assertThat(csv).contains("numero_unique").contains("Non-attribution");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LETTERS_EXPORTED' "
                + "AND object_id = ?", Integer.class, String.valueOf(s.sittingId()))).isEqualTo(1);

        Map<String, String> prefect = unzip(letters.prefectPackage(s.sittingId()), false);
        assertThat(prefect.keySet()).anyMatch(n -> n.endsWith(".pdf")).anyMatch(n -> n.startsWith("decisions-"));
        assertThat(prefect.get("empreinte-sha256.txt").trim()).isEqualTo(minutes.page(s.sittingId()).sha256());
    }

    @Test
    void a_ranked_letter_states_the_rank_and_the_reply_deadline() throws IOException {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        publish(s);
        asSecretary(s);
        Map<String, String> texts = unzip(letters.lettersZip(s.sittingId(), p -> { }), true);
        String rankOne = applicantName(s.applicationIds().get(0));
        String first = texts.values().stream().filter(t -> t.contains(rankOne)).findFirst().orElseThrow();
        assertThat(texts.values().stream().filter(t -> t.contains(applicantName(s.applicationIds().get(1))))
                .findFirst().orElseThrow()).contains("rang 2").contains("dixième jour suivant la notification");
        assertThat(first).as("sent to the applicant's postal address").contains("8 rue des Lilas")
                .contains("93100 MONTREUIL");
        assertThat(first).contains("rang 1").contains("dix jours")
                .contains(FrenchCalendar.replyDeadline(LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE))
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRANCE)));
    }

    private static String longDate(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRANCE));
    }

    @Test
    void a_letter_downloaded_five_days_after_publication_carries_the_deadline_stored_with_the_offer() throws IOException {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        publish(s);
        // As if the minutes had been published five days ago: the offer was notified then, its deadline stored.
        LocalDate published = LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE).minusDays(5);
        LocalDate stored = FrenchCalendar.replyDeadline(published);
        jdbc.update("update offer o join agenda_item i on i.id = o.item_id set o.notified_on = ?, o.reply_deadline = ? "
                + "where i.sitting_id = ? and o.state = 'PENDING'", published, stored, s.sittingId());
        asSecretary(s);
        String rankOne = applicantName(s.applicationIds().get(0));
        String letter = unzip(letters.lettersZip(s.sittingId(), p -> { }), true).values().stream()
                .filter(t -> t.contains(rankOne)).findFirst().orElseThrow();
        assertThat(letter).contains(longDate(stored));
        LocalDate recomputed = FrenchCalendar.replyDeadline(LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE));
        if (!recomputed.equals(stored)) {
            assertThat(letter).as("not a deadline counted from the download").doesNotContain(longDate(recomputed));
        }
        assertThat(followUp.lines(s.sittingId()).getFirst().deadline()).as("the one the lapse job applies")
                .isEqualTo(stored);
    }

    @Test
    void the_first_presentation_of_the_registered_letter_sets_the_deadline_and_cannot_be_in_the_future() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        publish(s);
        asSecretary(s);
        FollowUpService.Line first = followUp.lines(s.sittingId()).getFirst();
        LocalDate today = LocalDate.now(fr.caleol.base.domain.LandlordTime.ZONE);
        assertThatThrownBy(() -> followUp.recordNotification(first.id(), first.version(), today.plusDays(1),
                "1A 234 567 8901 2")).isInstanceOf(BusinessException.class)
                .hasMessage("followUp.error.notificationDate");
        assertThatThrownBy(() -> followUp.recordNotification(first.id(), first.version(), today, "<script>"))
                .isInstanceOf(BusinessException.class).hasMessage("followUp.error.registeredLetter");

        followUp.recordNotification(first.id(), first.version(), today, "1A 234 567 8901 2");
        FollowUpService.Line notified = followUp.lines(s.sittingId()).getFirst();
        assertThat(notified.notifiedOn()).isEqualTo(today);
        assertThat(notified.registeredLetter()).isEqualTo("1A 234 567 8901 2");
        assertThat(notified.deadline()).isEqualTo(FrenchCalendar.replyDeadline(today));

        FollowUpService.Line again = followUp.lines(s.sittingId()).getFirst();
        asMember(s.president());
        assertThatThrownBy(() -> followUp.recordNotification(again.id(), again.version(), today, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void when_the_offer_passes_to_the_next_rank_that_candidates_letter_is_listed_to_send_with_its_deadline()
            throws IOException {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        publish(s);
        asSecretary(s);
        FollowUpService.Line first = followUp.lines(s.sittingId()).getFirst();
        followUp.answer(first.id(), first.version(), OfferState.REFUSED);

        FollowUpService.Line second = followUp.lines(s.sittingId()).get(1);
        assertThat(second.state()).isEqualTo(OfferState.PENDING);
        assertThat(second.letterDue()).isTrue();
        String letter = text(letters.offerLetter(second.id()).pdf());
        assertThat(letter).contains(applicantName(s.applicationIds().get(1))).contains("rang 2")
                .contains(longDate(second.deadline())).doesNotContain("dixième jour suivant la notification")
                .contains("tribunal administratif").contains("DALO");

        followUp.recordNotification(second.id(), second.version(), null, null);
        assertThat(followUp.lines(s.sittingId()).get(1).letterDue()).as("sent: no longer listed").isFalse();
    }

    @Test
    void a_template_with_an_unknown_placeholder_is_refused_at_save() {
        TestUsers.actAs("admin", Role.ADMIN);
        LetterService.TemplateText template = letters.templates().stream()
                .filter(t -> t.type() == DecisionType.ATTRIBUTION).findFirst().orElseThrow();
        assertThatThrownBy(() -> letters.saveTemplate(DecisionType.ATTRIBUTION, template.version(), template.subject(),
                template.body() + " {{prenom}}"))
                .isInstanceOf(BusinessException.class).hasMessage("letters.error.unknownPlaceholder")
                .satisfies(e -> assertThat(((BusinessException) e).arguments()[0]).isEqualTo("{{prenom}}"));
        assertThat(letters.preview(DecisionType.ATTRIBUTION, template.subject(), template.body())).isNotEmpty();
        TestUsers.actAs("secretaire", Role.SECRETARY);
        assertThatThrownBy(() -> letters.templates()).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, String> unzip(byte[] zip, boolean pdfText) throws IOException {
        Map<String, String> entries = new java.util.TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                entries.put(entry.getName(), pdfText && entry.getName().endsWith(".pdf") ? text(bytes)
                        : new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void only_the_president_who_chaired_the_sitting_validates_its_minutes_not_a_successor() {
        LiveSitting s = fixtures.closedSitting(1, MinutesFixtures::ranked);
        asSecretary(s);
        long id = minutes.createDraft(s.sittingId());
        minutes.submit(id, minutes.page(s.sittingId()).version());
        // The committee elects a new president after the sitting.
        String successor = TestUsers.unique("president");
        users.save(new fr.caleol.security.domain.AppUser(successor, "Nouvelle présidente", "{noop}unused",
                java.util.Set.of(Role.COMMITTEE_MEMBER)));
        TestUsers.actAs("admin", Role.ADMIN);
        long chairSeat = committees.seats(s.committeeId()).stream()
                .filter(seat -> seat.getUser().getUsername().equals(s.president())).findFirst().orElseThrow().getId();
        committees.removeSeat(chairSeat);
        committees.addSeat(s.committeeId(), new CommitteeService.SeatForm(successor,
                fr.caleol.committee.domain.SeatKind.PRESIDENT, false, null, null, null));

        long version = jdbc.queryForObject("SELECT version FROM minutes WHERE id = ?", Long.class, id);
        asMember(successor);
        assertThatThrownBy(() -> minutes.validate(id, version)).isInstanceOf(AccessDeniedException.class);
        asMember(s.president());
        minutes.validate(id, version);
        assertThat(jdbc.queryForObject("SELECT state FROM minutes WHERE id = ?", String.class, id))
                .isEqualTo("VALIDATED");
    }
}
