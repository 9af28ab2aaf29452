/**
 * Vaccination clinics and the provinces they stand in, each clinic's weekly schedule and its
 * exceptions, its dose stock, and opening a campaign's slots within that stock.
 */
package org.vaxline.clinic;
