/**
 * Mail out of CALEOL: a transactional outbox (a rolled-back act sends nothing), the dispatcher that sends it
 * with retries, the editable mail templates, convocations with their iCalendar invitation, and the admin's test
 * inbox.
 */
package fr.caleol.mail;
