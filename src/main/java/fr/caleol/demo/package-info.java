/**
 * Demo data for a new user ({@code ./mvnw spring-boot:run}): the demo accounts, a housing register, a
 * committee with a year of past sittings and one convened today, tenants and ledgers, an outreach campaign; and the
 * generators the benchmarks share. Refused in production ({@code ProductionGuard}).
 */
package fr.caleol.demo;
