package fr.caleol.housing.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilitySettingsRepository extends JpaRepository<EligibilitySettings, Integer> {

    default EligibilitySettings current() {
        return findById(1).orElseThrow(() -> new IllegalStateException("eligibility_settings row 1 is missing"));
    }
}
