package fr.caleol.committee.service;

import fr.caleol.base.pdf.PdfLayout;
import fr.caleol.committee.domain.MinutesDocument;
import fr.caleol.committee.domain.MinutesState;
import fr.caleol.committee.domain.SeatKind;
import java.util.List;
import java.util.stream.Collectors;

/** Renders the minutes as a printable PDF, in French. */
final class MinutesPdf {

    private MinutesPdf() {}

    /** @param footer printed at the foot of every page (e.g. the published document's SHA-256) */
    static byte[] render(MinutesDocument doc, String footer) {
        try (PdfLayout pdf = new PdfLayout("Procès-verbal — " + doc.committeeName())) {
            if (doc.state() != MinutesState.PUBLISHED) {
                pdf.small("PROJET — document de travail non publié (" + FrenchText.label(doc.state(),
                        "minutes.state.") + ")");
            }
            pdf.title("Procès-verbal de la commission d’attribution des logements et d’examen de l’occupation "
                    + "des logements");
            pdf.subheading(doc.committeeName() + " — " + doc.territory());
            if (doc.erratumOfId() != null) {
                pdf.text("ERRATUM au procès-verbal publié n° " + doc.erratumOfId()
                        + (doc.erratumOfSha256() == null ? "" : " (empreinte SHA-256 " + doc.erratumOfSha256() + ")")
                        + " : le présent document le corrige et le remplace.");
            }
            pdf.text("Séance du " + FrenchText.longDate(doc.date()) + ", convoquée à "
                    + FrenchText.time(doc.startTime()) + " — mode : "
                    + FrenchText.label(doc.mode(), "committee.sittingMode."));
            if (doc.startedAt() != null) {
                pdf.text("Ouverture de la séance : " + FrenchText.time(doc.startedAt())
                        + (doc.endedAt() == null ? "" : " — clôture : " + FrenchText.time(doc.endedAt())));
            }
            pdf.text("Règle de quorum : " + quorum(doc));
            pdf.rule();

            int section = 1;
            pdf.heading(section++ + ". Membres");
            for (MinutesDocument.Presence presence : MinutesDocument.Presence.values()) {
                List<MinutesDocument.Member> members = doc.members().stream()
                        .filter(m -> m.kind() != SeatKind.SECRETARY && m.presence() == presence).toList();
                pdf.subheading(switch (presence) {
                    case PRESENT -> "Présents";
                    case ABSENT -> "Absents";
                    case EXCUSED -> "Excusés";
                    case REPLACED -> "Absents remplacés par un suppléant";
                } + " (" + members.size() + ")");
                if (members.isEmpty()) {
                    pdf.indented("—");
                }
                for (MinutesDocument.Member m : members) {
                    StringBuilder line = new StringBuilder(m.name()).append(", ")
                            .append(FrenchText.label(m.kind(), "committee.seatKind."));
                    if (m.substituteFor() != null) {
                        line.append(" de ").append(m.substituteFor());
                    }
                    if (m.replacedBy() != null) {
                        line.append(" — remplacé(e) par ").append(m.replacedBy());
                    }
                    if (!m.stretches().isEmpty()) {
                        line.append(" — ").append(m.stretches().stream()
                                .map(s -> (s.inRoom() ? "en salle : arrivée " : "arrivée ")
                                        + FrenchText.time(s.joinedAt())
                                        + (s.leftAt() == null ? "" : ", départ " + FrenchText.time(s.leftAt())))
                                .collect(Collectors.joining(" ; ")));
                    }
                    pdf.indented(line.toString());
                }
            }
            String secretaries = doc.members().stream().filter(m -> m.kind() == SeatKind.SECRETARY)
                    .map(MinutesDocument.Member::name).collect(Collectors.joining(", "));
            if (!secretaries.isEmpty()) {
                pdf.subheading("Secrétariat de séance (sans voix délibérative)");
                pdf.indented(secretaries);
            }
            if (notBlank(doc.openingRemarks())) {
                pdf.heading(section++ + ". Observations liminaires");
                pdf.text(doc.openingRemarks());
            }

            pdf.heading(section++ + ". Examen des dossiers (" + doc.items().size() + " logement(s))");
            for (MinutesDocument.Item item : doc.items()) {
                item(pdf, item);
            }
            if (notBlank(doc.closingRemarks())) {
                pdf.heading(section + ". Observations finales");
                pdf.text(doc.closingRemarks());
            }
            pdf.space(10);
            pdf.text("Le président de la commission                                Le secrétaire de séance");
            return pdf.finish(footer);
        }
    }

    private static void item(PdfLayout pdf, MinutesDocument.Item item) {
        pdf.space(4);
        pdf.subheading("Point " + item.position() + " — logement " + item.dwellingReference() + ", "
                + item.address() + ", " + item.commune());
        if (item.exception() != null) {
            pdf.indented("Moins de trois candidats : " + FrenchText.label(item.exception(),
                    "committee.agendaException."));
        }
        pdf.indented("Candidats : " + item.candidates().stream()
                .map(c -> c.position() + ". " + c.name() + " (n° unique " + c.numeroUnique() + ")")
                .collect(Collectors.joining(" ; ")));
        for (MinutesDocument.Conflict conflict : item.conflicts()) {
            pdf.indented("Conflit d’intérêts déclaré par " + conflict.memberName() + " à "
                    + FrenchText.time(conflict.declaredAt())
                    + (conflict.reason() == null ? "" : " (" + conflict.reason() + ")")
                    + " : ne prend pas part au vote et n’a pas accès aux dossiers.");
        }
        if (item.sentBack()) {
            pdf.indented("Renvoyé en séance physique. " + (item.withdrawnReason() == null ? ""
                    : item.withdrawnReason()));
        }
        for (MinutesDocument.Round round : item.rounds()) {
            StringBuilder line = new StringBuilder("Vote n° ").append(round.number()).append(" (ouvert à ")
                    .append(FrenchText.time(round.openedAt()));
            if (round.closedAt() != null) {
                line.append(", clos à ").append(FrenchText.time(round.closedAt()));
            }
            line.append(") — quorum : ").append(round.presentVoters()).append(" votant(s) présent(s) sur ")
                    .append(round.electorateSize()).append(", ").append(round.quorumRequired()).append(" requis, ")
                    .append(round.quorumMet() ? "atteint" : "non atteint");
            pdf.indented(line.toString());
            if (round.adopted() != null) {
                pdf.indented("Résultat : " + round.votesFor() + " pour, " + round.votesAgainst() + " contre, "
                        + round.abstentions() + " abstention(s) — proposition "
                        + (round.adopted() ? "ADOPTÉE" : "REJETÉE")
                        + (round.castingVoteUsed() ? " à la voix prépondérante de " + round.castingHolder() : ""));
            }
            if (!round.ballots().isEmpty()) {
                pdf.indented("Votes nominatifs : " + round.ballots().stream()
                        .map(b -> b.memberName() + (b.forPlaceOf() == null ? "" : " (suppléant·e, pour "
                                + b.forPlaceOf() + ")") + " : " + FrenchText.label(b.choice(), "minutes.ballot."))
                        .collect(Collectors.joining(" ; ")));
            }
        }
        if (!item.decisions().isEmpty()) {
            pdf.indented("Décisions de la commission :");
            for (MinutesDocument.Decision d : item.decisions()) {
                pdf.indented("• " + decisionLine(d));
            }
        } else if (!item.sentBack()) {
            pdf.indented("Aucune décision adoptée.");
        }
        if (notBlank(item.note())) {
            pdf.indented("Observations : " + item.note());
        }
    }

    static String decisionLine(MinutesDocument.Decision d) {
        StringBuilder line = new StringBuilder(d.applicantName()).append(" (n° unique ").append(d.numeroUnique())
                .append(") : ").append(FrenchText.label(d.type(), "committee.decisionType."));
        switch (d.type()) {
            case RANKED_ATTRIBUTION -> line.append(", rang ").append(d.rank());
            case CONDITIONAL_ATTRIBUTION -> line.append(" — pièce manquante : ").append(d.missingDocument())
                    .append(", à fournir au plus tard le ").append(FrenchText.longDate(d.conditionDeadline()));
            case NON_ATTRIBUTION, INADMISSIBLE -> line.append(" — motif : ").append(grounds(d));
            default -> { }
        }
        return line.toString();
    }

    static String grounds(MinutesDocument.Decision d) {
        String ground = FrenchText.label(d.ground(), "committee.refusalGround.");
        return notBlank(d.groundsText()) ? ground + " (" + d.groundsText() + ")" : ground;
    }

    private static String quorum(MinutesDocument doc) {
        return switch (doc.quorumRule().kind()) {
            case MINIMUM_PRESENT -> doc.quorumRule().value() + " votant(s) présent(s) au moins";
            case PERCENT_OF_ELECTORATE -> doc.quorumRule().value() + " % des votants au moins";
        };
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
