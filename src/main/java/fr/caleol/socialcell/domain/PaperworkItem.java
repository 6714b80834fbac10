package fr.caleol.socialcell.domain;

import java.util.List;

/** The steps of the help-with-paperwork checklist. OTHER items carry a label of their own. */
public enum PaperworkItem {
    /** Housing aid file (dossier APL / AL). */
    HOUSING_AID_FILE,
    /** Application to the housing solidarity fund (FSL). */
    FSL_APPLICATION,
    /** Update of the tenant's situation with the family-allowance fund (CAF). */
    CAF_SITUATION_UPDATE,
    RESOURCES_PROOF,
    BANK_DIRECT_DEBIT,
    OTHER;

    public static final int LABEL_MAX = 200;

    /** The items every case's checklist shows, ticked or not. */
    public static List<PaperworkItem> standard() {
        return List.of(HOUSING_AID_FILE, FSL_APPLICATION, CAF_SITUATION_UPDATE, RESOURCES_PROOF, BANK_DIRECT_DEBIT);
    }
}
