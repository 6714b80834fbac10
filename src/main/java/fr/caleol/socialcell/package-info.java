/**
 * The social cell and nascent rent arrears: detection from the ledger, cases and the advisers' caseload,
 * contacts and letters, solutions, repayment plans paid from the ledger, the legal deadlines (CAF, CCAPEX) and the
 * team lead's dashboard.
 */
package fr.caleol.socialcell;
