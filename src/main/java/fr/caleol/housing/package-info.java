/**
 * The housing register: dwellings of the stock, housing applications with their households, the
 * eligibility engine (household categories, income ceilings as data by year, effort rate, remaining income), the
 * cotation grids and scores (CCH L441-2-8), the CSV imports and the candidates' comparison.
 */
package fr.caleol.housing;
