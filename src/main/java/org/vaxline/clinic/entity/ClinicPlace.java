package org.vaxline.clinic.entity;

/** Where a clinic is, as other features need it: to list, filter and name its slots. */
public record ClinicPlace(long id, String code, String name, String province, String district) {}
