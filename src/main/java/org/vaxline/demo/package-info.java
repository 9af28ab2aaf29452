/**
 * Demo data: a synthetic but realistic Korea (clinics, residents, staff) that is loaded,
 * deterministically from a seed, into an empty database when {@code vaxline.demo=true}, on top of
 * the provinces and vaccine products that migration V4 inserts everywhere.
 */
package org.vaxline.demo;
