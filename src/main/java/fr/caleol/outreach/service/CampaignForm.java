package fr.caleol.outreach.service;

import fr.caleol.outreach.domain.TargetingCriteria;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the coordinator edits about a campaign. */
public class CampaignForm {

    public static final int NAME_MAX = 120;
    public static final String DEFAULT_SCRIPT = """
            Bonjour, je suis bénévole pour votre bailleur. Comment allez-vous ?
            1. Santé : comment vous sentez-vous ? Avez-vous vu un médecin récemment ?
            2. Moral : comment va le moral ? Avez-vous des contacts avec vos proches ?
            3. Besoins : avez-vous besoin d'aide pour les courses, les médicaments ? Vous sentez-vous isolé(e) ?
            4. Un voisin vous inquiète-t-il ?
            Souhaitez-vous que nous vous rappelions régulièrement ?""";

    @NotBlank @Size(max = NAME_MAX) private String name = "";
    @NotNull private LocalDate startDate;
    @Min(1) @Max(104) private int weeks = 8;
    @Min(18) @Max(120) private int aloneMinAge = TargetingCriteria.DEFAULT.aloneMinAge();
    @Min(18) @Max(120) private int coupleMinAge = TargetingCriteria.DEFAULT.coupleMinAge();
    @NotBlank @Size(max = 10_000) private String script = DEFAULT_SCRIPT;

    public CampaignForm() {}

    public CampaignForm(String name, LocalDate startDate, int weeks, int aloneMinAge, int coupleMinAge,
            String script) {
        this.name = name;
        this.startDate = startDate;
        this.weeks = weeks;
        this.aloneMinAge = aloneMinAge;
        this.coupleMinAge = coupleMinAge;
        this.script = script;
    }

    public TargetingCriteria criteria() {
        return new TargetingCriteria(aloneMinAge, coupleMinAge);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public int getWeeks() { return weeks; }
    public void setWeeks(int weeks) { this.weeks = weeks; }
    public int getAloneMinAge() { return aloneMinAge; }
    public void setAloneMinAge(int aloneMinAge) { this.aloneMinAge = aloneMinAge; }
    public int getCoupleMinAge() { return coupleMinAge; }
    public void setCoupleMinAge(int coupleMinAge) { this.coupleMinAge = coupleMinAge; }
    public String getScript() { return script; }
    public void setScript(String script) { this.script = script; }
}
