package fr.caleol.committee.domain;

import fr.caleol.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An allocation committee (CALEOL) of a territory, with the rules its internal regulations set. */
@Entity
@Table(name = "committee")
public class Committee extends AbstractEntity {

    public static final int NAME_MAX = 120;
    public static final int NOTICE_DAYS_DEFAULT = 5;
    public static final int NOTICE_DAYS_MAX = 60;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String territory;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "quorum_kind", nullable = false, length = 32)
    private QuorumRule.Kind quorumKind = QuorumRule.Kind.PERCENT_OF_ELECTORATE;

    @Min(1)
    @Max(100)
    @Column(name = "quorum_value", nullable = false)
    private int quorumValue = 50;

    @Column(name = "abstentions_are_votes_cast", nullable = false)
    private boolean abstentionsAreVotesCast;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "casting_vote_holder", nullable = false, length = 32)
    private CastingVoteHolder castingVoteHolder = CastingVoteHolder.MAYOR_OF_COMMUNE;

    @Column(name = "remote_allowed", nullable = false)
    private boolean remoteAllowed = true;

    @Min(1)
    @Max(336)
    @Column(name = "written_window_hours", nullable = false)
    private int writtenWindowHours = 24;

    /** The convocation notice the regulations give, in clear days (jours francs). */
    @Min(0)
    @Max(NOTICE_DAYS_MAX)
    @Column(name = "notice_days", nullable = false)
    private int noticeDays = NOTICE_DAYS_DEFAULT;

    protected Committee() {}

    public Committee(String name, String territory) {
        this.name = name;
        this.territory = territory;
    }

    public QuorumRule quorumRule() {
        return new QuorumRule(quorumKind, quorumValue);
    }

    public void setRules(QuorumRule quorum, boolean abstentionsAreVotesCast, CastingVoteHolder castingVoteHolder,
            boolean remoteAllowed, int writtenWindowHours) {
        this.quorumKind = quorum.kind();
        this.quorumValue = quorum.value();
        this.abstentionsAreVotesCast = abstentionsAreVotesCast;
        this.castingVoteHolder = castingVoteHolder;
        this.remoteAllowed = remoteAllowed;
        this.writtenWindowHours = writtenWindowHours;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTerritory() {
        return territory;
    }

    public void setTerritory(String territory) {
        this.territory = territory;
    }

    public boolean isAbstentionsAreVotesCast() {
        return abstentionsAreVotesCast;
    }

    public CastingVoteHolder getCastingVoteHolder() {
        return castingVoteHolder;
    }

    public boolean isRemoteAllowed() {
        return remoteAllowed;
    }

    public int getWrittenWindowHours() {
        return writtenWindowHours;
    }

    public int getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(int noticeDays) {
        this.noticeDays = noticeDays;
    }

    /**
     * Whether convening on {@code today} gives the notice of the regulations for a sitting on {@code sittingDate}:
     * in clear days, neither the day of the convocation nor the day of the sitting counts (0: no notice required).
     */
    public boolean givesNotice(java.time.LocalDate today, java.time.LocalDate sittingDate) {
        return noticeDays == 0 || java.time.temporal.ChronoUnit.DAYS.between(today, sittingDate) - 1 >= noticeDays;
    }
}
