package fr.caleol.mail.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailTemplateRepository extends JpaRepository<MailTemplate, Long> {

    Optional<MailTemplate> findByKindAndLanguage(MailKind kind, String language);

    List<MailTemplate> findAllByOrderByKindAscLanguageAsc();
}
