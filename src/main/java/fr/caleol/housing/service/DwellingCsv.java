package fr.caleol.housing.service;

import java.util.List;
import java.util.Map;

/** The CSV format of dwellings: one line per dwelling (see README.md, "Import CSV"). */
public final class DwellingCsv {

    public static final String REFERENCE = "reference";
    public static final String ADDRESS = "adresse";
    public static final String COMMUNE = "commune";
    public static final String TYPE = "type";
    public static final String SURFACE = "surface";
    public static final String FLOOR = "etage";
    public static final String LIFT = "ascenseur";
    public static final String REDUCED_MOBILITY = "pmr";
    public static final String RENT = "loyer";
    public static final String CHARGES = "charges";
    public static final String FINANCING = "financement";
    public static final String RESERVATAIRE = "reservataire";
    public static final String STATUS = "statut";
    public static final String QPV = "qpv";
    public static final String VACANT_SINCE = "vacant_depuis";

    public static final List<String> REQUIRED = List.of(REFERENCE, ADDRESS, COMMUNE, TYPE, SURFACE, FLOOR, RENT,
            CHARGES, FINANCING, RESERVATAIRE);
    public static final List<String> OPTIONAL = List.of(LIFT, REDUCED_MOBILITY, STATUS, QPV, VACANT_SINCE);
    public static final List<String> HEADER = List.of(REFERENCE, ADDRESS, COMMUNE, TYPE, SURFACE, FLOOR, LIFT,
            REDUCED_MOBILITY, RENT, CHARGES, FINANCING, RESERVATAIRE, STATUS, QPV, VACANT_SINCE);

    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("reference", REFERENCE),
            Map.entry("address", ADDRESS), Map.entry("commune", COMMUNE), Map.entry("type", TYPE),
            Map.entry("surface", SURFACE), Map.entry("floor", FLOOR), Map.entry("lift", LIFT),
            Map.entry("reducedMobility", REDUCED_MOBILITY), Map.entry("monthlyRent", RENT),
            Map.entry("monthlyCharges", CHARGES), Map.entry("financing", FINANCING),
            Map.entry("reservataire", RESERVATAIRE), Map.entry("status", STATUS), Map.entry("qpv", QPV),
            Map.entry("vacantSince", VACANT_SINCE));

    private DwellingCsv() {}

    /** The column of a {@code Dwelling} property. */
    static String columnOf(String field) {
        return COLUMN_OF_FIELD.getOrDefault(field, field);
    }
}
