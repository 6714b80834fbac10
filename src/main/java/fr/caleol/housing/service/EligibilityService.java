package fr.caleol.housing.service;

import fr.caleol.audit.domain.AuditAction;
import fr.caleol.audit.service.AuditLog;
import fr.caleol.base.domain.LandlordTime;
import fr.caleol.base.errors.BusinessException;
import fr.caleol.housing.domain.Dwelling;
import fr.caleol.housing.domain.DwellingRepository;
import fr.caleol.housing.domain.EligibilitySettings;
import fr.caleol.housing.domain.EligibilitySettingsRepository;
import fr.caleol.housing.domain.HousingApplication;
import fr.caleol.housing.domain.HousingApplicationRepository;
import fr.caleol.housing.domain.IncomeCeilingRepository;
import fr.caleol.housing.domain.eligibility.CeilingZone;
import fr.caleol.housing.domain.eligibility.EligibilityInput;
import fr.caleol.housing.domain.eligibility.EligibilityReport;
import fr.caleol.housing.domain.eligibility.EligibilityThresholds;
import fr.caleol.housing.domain.eligibility.Financing;
import fr.caleol.housing.domain.eligibility.IncomeCeilingTable;
import fr.caleol.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eligibility figures of an application against a dwelling, computed on demand from the household, the
 * ceilings of the year and the landlord's thresholds; and the administration of those ceilings and thresholds.
 */
@Service
public class EligibilityService {

    private final HousingApplicationRepository applications;
    private final DwellingRepository dwellings;
    private final IncomeCeilingRepository ceilings;
    private final EligibilitySettingsRepository settings;
    private final HousingApplicationService applicationService;
    private final AuditLog auditLog;
    private final Clock clock;

    EligibilityService(HousingApplicationRepository applications, DwellingRepository dwellings,
            IncomeCeilingRepository ceilings, EligibilitySettingsRepository settings,
            HousingApplicationService applicationService, AuditLog auditLog, Clock clock) {
        this.applications = applications;
        this.dwellings = dwellings;
        this.ceilings = ceilings;
        this.settings = settings;
        this.applicationService = applicationService;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The figures of one application against one dwelling, assessed today (or on a sitting's date). */
    @PermitAll
    @Transactional(readOnly = true)
    public EligibilityReport report(long applicationId, long dwellingId, LocalDate assessmentDate) {
        if (!applicationService.mayRead(applicationId)) {
            throw new AccessDeniedException("Not allowed to read application " + applicationId);
        }
        HousingApplication application = applications.findById(applicationId)
                .orElseThrow(() -> new BusinessException("housing.error.applicationNotFound"));
        Dwelling dwelling = dwellings.findWithCommuneById(dwellingId)
                .orElseThrow(() -> new BusinessException("housing.error.dwellingNotFound"));
        auditLog.record(AuditAction.ELIGIBILITY_REPORT_READ, "application", applicationId, "dwelling " + dwellingId);
        return EligibilityReport.compute(input(application, dwelling, assessmentDate), ceilings.loadTable());
    }

    /** The figures of every candidate of a list against one dwelling, with the ceilings read once. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<EligibilityReport> reports(List<Long> applicationIds, long dwellingId, LocalDate assessmentDate) {
        Dwelling dwelling = dwellings.findWithCommuneById(dwellingId)
                .orElseThrow(() -> new BusinessException("housing.error.dwellingNotFound"));
        IncomeCeilingTable table = ceilings.loadTable();
        List<EligibilityReport> reports = applicationIds.stream().map(id -> {
            if (!applicationService.mayRead(id)) {
                throw new AccessDeniedException("Not allowed to read application " + id);
            }
            HousingApplication application = applications.findById(id)
                    .orElseThrow(() -> new BusinessException("housing.error.applicationNotFound"));
            return EligibilityReport.compute(input(application, dwelling, assessmentDate), table);
        }).toList();
        auditLog.record(AuditAction.ELIGIBILITY_REPORT_READ, "dwelling", dwellingId, "applications " + applicationIds);
        return reports;
    }

    private EligibilityInput input(HousingApplication application, Dwelling dwelling, LocalDate date) {
        BigDecimal aid = application.getEstimatedHousingAid() == null ? BigDecimal.ZERO
                : application.getEstimatedHousingAid();
        return new EligibilityInput(application.composition(), date == null ? LandlordTime.today(clock) : date,
                application.getTaxIncomeNMinus2(), application.getTaxIncomeNMinus1(),
                application.getMonthlyResources(), dwelling.terms(), aid, settings.current().thresholds());
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    @Transactional(readOnly = true)
    public EligibilitySettings settings() {
        return settings.current();
    }

    /** Changes the thresholds; refused when someone else changed them since {@code version}. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public EligibilitySettings updateThresholds(long version, EligibilityThresholds thresholds) {
        EligibilitySettings current = settings.current();
        if (current.getVersion() != version) {
            throw BusinessException.staleData();
        }
        if (thresholds.maxEffortRatePercent().compareTo(new BigDecimal("100")) > 0
                || thresholds.minRemainingIncomePerPersonPerDay().compareTo(new BigDecimal("1000")) > 0) {
            throw new BusinessException("settings.error.outOfRange");
        }
        current.update(thresholds.maxEffortRatePercent(), thresholds.minRemainingIncomePerPersonPerDay());
        settings.saveAndFlush(current);
        auditLog.record(AuditAction.ELIGIBILITY_SETTINGS_CHANGED, "settings", 1,
                "effort " + thresholds.maxEffortRatePercent() + " %, remaining "
                        + thresholds.minRemainingIncomePerPersonPerDay() + " €");
        return current;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    @Transactional(readOnly = true)
    public List<Integer> ceilingYears() {
        return ceilings.years();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SECRETARY})
    @Transactional(readOnly = true)
    public List<IncomeCeilingRepository.Scale> ceilingScales(int year) {
        return ceilings.scalesOf(year);
    }

    /**
     * Adds the ceilings of a new year: all six scales (3 zones × PLUS and PLAI), each with categories 1 to 6 in
     * increasing order and its amount per extra person. Nothing is saved unless the whole year is valid.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void addCeilingYear(int year, List<IncomeCeilingRepository.Scale> scales) {
        if (ceilings.years().contains(year)) {
            throw new BusinessException("settings.error.yearExists", year);
        }
        for (CeilingZone zone : CeilingZone.values()) {
            for (Financing financing : List.of(Financing.PLUS, Financing.PLAI)) {
                IncomeCeilingRepository.Scale scale = scales.stream()
                        .filter(s -> s.zone() == zone && s.financing() == financing && s.year() == year)
                        .findFirst()
                        .orElseThrow(() -> new BusinessException("settings.error.scaleMissing", zone, financing));
                List<Long> amounts = scale.categoryAmounts();
                if (amounts.size() != 6 || amounts.stream().anyMatch(a -> a == null || a <= 0)
                        || scale.extraPersonAmount() <= 0) {
                    throw new BusinessException("settings.error.scaleIncomplete", zone, financing);
                }
                for (int i = 1; i < 6; i++) {
                    if (amounts.get(i) < amounts.get(i - 1)) {
                        throw new BusinessException("settings.error.scaleNotIncreasing", zone, financing);
                    }
                }
                ceilings.insert(scale);
            }
        }
        auditLog.record(AuditAction.INCOME_CEILINGS_ADDED, "ceilings", year, null);
    }
}
