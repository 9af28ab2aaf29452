/**
 * Vaccination clinics and the provinces they stand in; later their opening hours, capacity,
 * inventory and the roster of the day.
 */
package org.vaxline.clinic;
