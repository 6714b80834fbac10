/**
 * The allocation committee (CALEOL, CCH L441-2 and R441-9): committees and their seats, sittings and their
 * agendas, the live sitting (presence, ballots, quorum, casting vote, recusal, the room of hybrid and in-person
 * sittings), the minutes and their publication, offers and their deadlines, the letters to applicants, and the
 * yearly activity report with the attribution targets of CCH L441-1.
 */
package fr.caleol.committee;
