package fr.caleol.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The decision a round's proposal gives one candidate. Once the round is adopted it is the committee's decision
 * for that candidate.
 */
@Entity
@Table(name = "proposed_decision")
public class ProposedDecision {

    public static final int GROUNDS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DecisionType type;

    /** Rank of a ranked attribution (1, 2, 3...). */
    @Column(name = "rank_order")
    private Integer rank;

    /** Attribution under condition: the missing document and the deadline to provide it. */
    @Column(name = "missing_document", length = 200)
    private String missingDocument;

    @Column(name = "condition_deadline")
    private LocalDate conditionDeadline;

    /** Non-attribution or inadmissibility: the grounds. */
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private RefusalGround ground;

    @Column(name = "grounds_text", length = GROUNDS_MAX)
    private String groundsText;

    protected ProposedDecision() {}

    public ProposedDecision(Long roundId, Long applicationId, DecisionType type, Integer rank, String missingDocument,
            LocalDate conditionDeadline, RefusalGround ground, String groundsText) {
        this.roundId = roundId;
        this.applicationId = applicationId;
        this.type = type;
        this.rank = rank;
        this.missingDocument = missingDocument;
        this.conditionDeadline = conditionDeadline;
        this.ground = ground;
        this.groundsText = groundsText;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public DecisionType getType() {
        return type;
    }

    public Integer getRank() {
        return rank;
    }

    public String getMissingDocument() {
        return missingDocument;
    }

    public LocalDate getConditionDeadline() {
        return conditionDeadline;
    }

    public RefusalGround getGround() {
        return ground;
    }

    public String getGroundsText() {
        return groundsText;
    }
}
