/**
 * Slots and their counters: how many doses each slot still offers, read from memory on every node,
 * reserved by an atomic step on the slot's JCache counter and a guarded database update.
 */
package org.vaxline.allocation;
