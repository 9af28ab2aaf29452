package org.vaxline.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.vaxline.booking.control.Attendance;
import org.vaxline.identity.control.InvalidRegistrationNumber;
import org.vaxline.identity.control.People;
import org.vaxline.identity.entity.ResidentRegistrationNumber;
import org.vaxline.registry.control.RecordRejected;

/** Finds the person a record is about, through the identity and booking features. */
@ApplicationScoped
public class Subjects {

  @Inject People people;
  @Inject Attendance attendance;

  /** The resident's id; exactly one way of naming them must be given. */
  public long person(Subject subject) {
    if (subject == null) {
      throw RecordRejected.invalid("name the person: ref, confirmation, or registrationNumber");
    }
    int ways =
        (subject.ref() != null ? 1 : 0)
            + (subject.confirmation() != null ? 1 : 0)
            + (subject.registrationNumber() != null ? 1 : 0);
    if (ways != 1) {
      throw RecordRejected.invalid(
          "name the person one way: ref, confirmation, or registrationNumber with name");
    }
    if (subject.ref() != null) {
      var id = Long.parseLong(subject.ref());
      if (!people.exists(id)) {
        throw RecordRejected.personNotFound();
      }
      return id;
    }
    if (subject.confirmation() != null) {
      return attendance
          .personOf(subject.confirmation())
          .orElseThrow(RecordRejected::personNotFound);
    }
    if (subject.name() == null) {
      throw RecordRejected.invalid("a registration number goes with the name on the card");
    }
    return people
        .find(number(subject.registrationNumber()), subject.name())
        .orElseThrow(RecordRejected::personNotFound)
        .id();
  }

  private static ResidentRegistrationNumber number(String text) {
    try {
      return ResidentRegistrationNumber.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRegistrationNumber();
    }
  }
}
