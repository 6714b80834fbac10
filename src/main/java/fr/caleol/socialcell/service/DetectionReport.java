package fr.caleol.socialcell.service;

public record DetectionReport(int leasesScanned, int opened, int escalated) {}
