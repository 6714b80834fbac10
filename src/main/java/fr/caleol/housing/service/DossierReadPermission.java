package fr.caleol.housing.service;

/**
 * Lets another feature grant reading an application's dossier to someone who is neither secretary nor
 * administrator, e.g. the committee feature for members convened to a sitting where the application is examined.
 */
@FunctionalInterface
public interface DossierReadPermission {
    boolean mayRead(String username, long applicationId);
}
