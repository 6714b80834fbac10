package fr.caleol.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code caleol.demo.enabled}: load the French demo data set once (accounts, dwellings, applications, tenants,
 * ledgers). True by default on the embedded database, false otherwise; the {@code prod} profile refuses it.
 */
@ConfigurationProperties("caleol.demo")
public record DemoProperties(boolean enabled) {

    public static final String ENABLED = "caleol.demo.enabled";
}
