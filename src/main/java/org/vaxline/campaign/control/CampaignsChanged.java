package org.vaxline.campaign.control;

/** Fired when a transaction that changed campaigns commits, so every node reloads its copy. */
public record CampaignsChanged(long campaign) {}
