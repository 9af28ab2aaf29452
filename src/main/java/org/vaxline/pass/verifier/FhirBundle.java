package org.vaxline.pass.verifier;

import static com.nimbusds.jose.util.JSONObjectUtils.getJSONObject;
import static com.nimbusds.jose.util.JSONObjectUtils.getJSONObjectArray;
import static com.nimbusds.jose.util.JSONObjectUtils.getString;
import static com.nimbusds.jose.util.JSONObjectUtils.getStringList;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The FHIR R4 Bundle of a SMART Health Card ({@code vc.credentialSubject.fhirBundle}), read for
 * what a venue needs: the Patient and the Immunizations. Typed reads throw on a wrong type, which
 * the verifier reports as a malformed payload.
 */
record FhirBundle(List<Map<String, Object>> resources) {

  static FhirBundle from(Map<String, Object> bundle) throws ParseException {
    var resources = new ArrayList<Map<String, Object>>();
    var entries = getJSONObjectArray(bundle, "entry");
    if (entries != null) {
      for (var entry : entries) {
        var resource = getJSONObject(entry, "resource");
        if (resource != null) {
          resources.add(resource);
        }
      }
    }
    return new FhirBundle(List.copyOf(resources));
  }

  /** The first Patient's first name and birth date. */
  Holder holder() throws ParseException {
    for (var patient : ofType("Patient")) {
      var names = getJSONObjectArray(patient, "name");
      var name = names == null || names.length == 0 ? Map.<String, Object>of() : names[0];
      var given = getStringList(name, "given");
      return new Holder(
          getString(name, "family"),
          given == null ? null : String.join(" ", given),
          getString(patient, "birthDate"));
    }
    return new Holder(null, null, null);
  }

  List<ShcImmunization> immunizations() throws ParseException {
    var immunizations = new ArrayList<ShcImmunization>();
    for (var immunization : ofType("Immunization")) {
      var codings = getJSONObjectArray(getJSONObject(immunization, "vaccineCode"), "coding");
      if (codings == null || codings.length == 0) {
        throw new ParseException("an Immunization without a vaccine code", 0);
      }
      immunizations.add(
          new ShcImmunization(
              getString(codings[0], "system"),
              getString(codings[0], "code"),
              date(getString(immunization, "occurrenceDateTime")),
              getString(immunization, "status")));
    }
    return List.copyOf(immunizations);
  }

  private List<Map<String, Object>> ofType(String resourceType) {
    return resources.stream().filter(r -> resourceType.equals(r.get("resourceType"))).toList();
  }

  /** A FHIR dateTime is a date, possibly with a time: the date is what counts here. */
  private static LocalDate date(String dateTime) throws ParseException {
    try {
      return LocalDate.parse(dateTime.length() > 10 ? dateTime.substring(0, 10) : dateTime);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new ParseException("occurrenceDateTime is not a date: " + dateTime, 0);
    }
  }
}
