package org.vaxline.campaign.entity;

/** Why a campaign admits or refuses an applicant at a given instant; {@link #ELIGIBLE} admits. */
public enum Reason {
  ELIGIBLE,
  TOO_YOUNG,
  TOO_OLD,
  NOT_IN_PRIORITY_GROUP,
  NOT_YET_OPEN,
  ROTATION_DAY_MISMATCH,
  CLOSED
}
