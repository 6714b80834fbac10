package fr.caleol.base.ui;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Collects the features' menu entries and keeps those the current user may open. */
@Component
public class Menu {

    private final List<MenuEntry> entries;
    private final AccessAnnotationChecker accessChecker;

    Menu(List<MenuContribution> contributions, AccessAnnotationChecker accessChecker) {
        this.entries = contributions.stream()
                .flatMap(contribution -> contribution.entries().stream())
                .sorted(Comparator.comparing(MenuEntry::group).thenComparing(MenuEntry::order))
                .toList();
        this.accessChecker = accessChecker;
    }

    /** The entries visible to the current user, grouped in display order. */
    public List<MenuEntry> visibleEntries() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        Set<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return entries.stream()
                .filter(entry -> accessChecker.hasAccess(entry.view(), auth, role -> authorities.contains("ROLE_" + role)))
                .toList();
    }
}
