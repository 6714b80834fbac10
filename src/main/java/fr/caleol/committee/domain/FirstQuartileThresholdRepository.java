package fr.caleol.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FirstQuartileThresholdRepository extends JpaRepository<FirstQuartileThreshold, Integer> {

    List<FirstQuartileThreshold> findAllByOrderByYearDesc();
}
