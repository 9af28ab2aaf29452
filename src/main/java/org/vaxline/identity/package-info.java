/**
 * Residents and their resident registration numbers (only ever stored hashed and sealed), identity
 * verification with one-time codes through a provider interface, signed citizen sessions, acting
 * for another resident with that resident's confirmation, and priority-group membership.
 */
package org.vaxline.identity;
