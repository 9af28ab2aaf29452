/** Vaccine products: names, EU value-set codes, doses in the primary series and their intervals. */
package org.vaxline.vaccine;
