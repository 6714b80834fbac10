package fr.caleol.base.domain;

import java.time.ZoneId;

/** The landlord's time zone: times are stored in UTC and read in this zone. */
public final class LandlordTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private LandlordTime() {}
}
