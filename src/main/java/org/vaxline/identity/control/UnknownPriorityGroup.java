package org.vaxline.identity.control;

import org.vaxline.platform.control.DomainException;

public class UnknownPriorityGroup extends DomainException {

  public UnknownPriorityGroup(String code) {
    super(
        "priority-group-not-found",
        "Unknown priority group",
        404,
        "There is no priority group " + code + ".");
  }
}
