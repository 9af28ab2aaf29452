package org.vaxline.platform.entity;

import java.time.Instant;

/**
 * What one node of the cluster last said about itself.
 *
 * @param name the name IT staff gave the node
 * @param process {@code pid@host} of its Java process
 * @param apiRequests REST requests this node has answered since it started
 */
public record NodeStatus(
    String name,
    String process,
    Instant startedAt,
    Instant lastBeat,
    long apiRequests,
    boolean ready) {}
