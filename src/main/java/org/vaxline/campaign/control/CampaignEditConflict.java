package org.vaxline.campaign.control;

import org.vaxline.platform.control.DomainException;

/** Someone changed the campaign since this operator read it. */
public class CampaignEditConflict extends DomainException {

  CampaignEditConflict(long id, int current) {
    super(
        "campaign-edit-conflict",
        "Campaign changed meanwhile",
        409,
        "Campaign "
            + id
            + " is at version "
            + current
            + "; reload it and apply your change again.");
  }
}
