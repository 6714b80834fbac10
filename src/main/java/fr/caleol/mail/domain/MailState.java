package fr.caleol.mail.domain;

/**
 * The life of an outbox message: QUEUED until the dispatcher takes it (SENDING), then SENT, or back to QUEUED for a
 * later attempt, and FAILED after the last one. A message left SENDING by a node that stopped mid-delivery is marked
 * FAILED rather than sent again: it may have reached the server, and a mail is never sent twice by CALEOL itself (an
 * administrator decides to resend it). Labels: {@code mail.state.<NAME>}.
 */
public enum MailState {
    QUEUED,
    SENDING,
    SENT,
    FAILED
}
