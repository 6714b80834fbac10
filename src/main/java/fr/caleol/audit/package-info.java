/**
 * The append-only audit log: every sensitive act recorded with its actor, chained by SHA-256 so that a
 * changed or deleted line is detected ({@code AuditCheckpoints}), its viewer and its verifier.
 */
package fr.caleol.audit;
