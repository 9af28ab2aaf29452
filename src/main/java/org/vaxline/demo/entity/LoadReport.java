package org.vaxline.demo.entity;

/** How many rows of each kind a demo load wrote, and how long it took. */
public record LoadReport(int clinics, int residents, int staff, long elapsedMillis) {}
