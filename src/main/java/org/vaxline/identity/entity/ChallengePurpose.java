package org.vaxline.identity.entity;

/** Why a one-time code was sent: to verify oneself, or to let someone act for the code's owner. */
public enum ChallengePurpose {
  SELF,
  PROXY
}
