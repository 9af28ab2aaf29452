package org.vaxline.platform.entity;

import java.time.Instant;

/**
 * What one node of the cluster last said about itself.
 *
 * @param apiRequests REST requests this node has answered since it started
 */
public record NodeStatus(
    String node, Instant startedAt, Instant lastBeat, long apiRequests, boolean ready) {}
