/**
 * Shared ground that no feature owns and that depends on none (ArchitectureTest): the entity base and
 * {@code LandlordTime} (the one way to ask "today" and "now"), the after-commit {@code EventBus} and its relay across
 * nodes through Redis, jobs and their locks, the embedded MariaDB, translations, the main layout and home page, the
 * PDF layout, the CSV writer, the landlord's settings.
 */
package fr.caleol.base;
