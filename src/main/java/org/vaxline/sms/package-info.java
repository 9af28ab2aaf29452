/**
 * Text messages: the outbox that every feature writes in its own transaction, sealed at rest, and
 * the relay that sends committed rows through a provider (SMPP, or the demo's development one).
 */
package org.vaxline.sms;
