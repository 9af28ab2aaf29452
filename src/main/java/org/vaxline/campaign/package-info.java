/**
 * Campaigns (사전예약): who may book and when, kept as rows, held in every node's memory and evaluated
 * by one set of rules for the public check and for a verified person's eligibility.
 */
package org.vaxline.campaign;
