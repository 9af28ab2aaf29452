package org.vaxline.campaign.control;

import org.vaxline.platform.control.DomainException;

public class UnknownCampaign extends DomainException {

  public UnknownCampaign(long id) {
    super("campaign-not-found", "Unknown campaign", 404, "There is no campaign " + id + ".");
  }
}
