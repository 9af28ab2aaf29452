package org.vaxline.campaign.control;

import org.vaxline.platform.control.DomainException;

/** A campaign whose rules contradict themselves or name what does not exist. */
public class CampaignRejected extends DomainException {

  CampaignRejected(String detail) {
    super("campaign-invalid", "Campaign rules rejected", 422, detail);
  }
}
