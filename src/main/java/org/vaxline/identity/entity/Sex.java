package org.vaxline.identity.entity;

/** Sex as recorded in the resident register. */
public enum Sex {
  M,
  F
}
