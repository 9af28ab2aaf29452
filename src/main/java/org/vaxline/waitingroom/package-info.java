/**
 * The virtual waiting room (ARCHITECTURE.md principles 1–3): signed tickets that carry their own
 * number, a fair draw of the pre-queue at the opening, places computed from the cluster-wide
 * now-serving number, and an honest wait measured from admissions.
 */
package org.vaxline.waitingroom;
