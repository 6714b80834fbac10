package fr.caleol.security.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    Optional<AppUser> findByUsername(String username);

    /** The account, its row locked until the transaction ends: concurrent failed logins count one after another. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select u from AppUser u where u.username = :username")
    Optional<AppUser> lockByUsername(@org.springframework.data.repository.query.Param("username") String username);

    boolean existsByUsername(String username);

    /** The active accounts holding a role, by name. */
    @org.springframework.data.jpa.repository.Query(
            "select u from AppUser u join u.roles r where r = :role and u.active = true order by u.username")
    java.util.List<AppUser> findActiveWithRole(@org.springframework.data.repository.query.Param("role") Role role);

    /** The accounts with that e-mail address, whatever its case (single sign-on matches a person by it). */
    java.util.List<AppUser> findByEmailIgnoreCase(String email);
}
