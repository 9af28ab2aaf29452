/**
 * Bookings: hold a slot, confirm it (with the second dose in the same step), change, cancel, the
 * person's list and a printable confirmation, and the text messages that go with them.
 */
package org.vaxline.booking;
