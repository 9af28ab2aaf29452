package org.vaxline.sms.entity;

/**
 * A claimed message on its way to the provider, unsealed in memory only: the destination phone and
 * the words with the live code, which is why it prints neither.
 */
public record Outgoing(long id, String phone, String text) {

  @Override
  public String toString() {
    return "Outgoing[" + id + "]";
  }
}
