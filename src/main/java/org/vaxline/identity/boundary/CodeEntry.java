package org.vaxline.identity.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The one-time code a person read on their phone. */
public record CodeEntry(
    @NotNull @Pattern(regexp = "\\d{6}", message = "is the 6-digit code") String code) {}
