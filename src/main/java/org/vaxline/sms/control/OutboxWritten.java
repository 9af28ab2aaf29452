package org.vaxline.sms.control;

/**
 * Fired in the transaction that wrote messages; the relay observes it after the commit succeeds.
 */
public record OutboxWritten(int messages) {}
