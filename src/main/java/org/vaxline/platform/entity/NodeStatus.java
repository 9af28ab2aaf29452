package org.vaxline.platform.entity;

import java.time.Instant;

/**
 * What one node of the cluster last said about itself.
 *
 * @param name the name IT staff gave the node
 * @param process {@code pid@host} of its Java process
 * @param apiRequests REST requests this node has answered since it started
 * @param poolMax database connections this node may hold at most ({@code vaxline.db.pool.max}): the
 *     nodes' sum must stay inside PostgreSQL's {@code max_connections} (manuals/operations.md)
 * @param idleInTransactionTimeout PostgreSQL's {@code idle_in_transaction_session_timeout} as the
 *     node's pool connections have it, null until the schema was checked
 */
public record NodeStatus(
    String name,
    String process,
    Instant startedAt,
    Instant lastBeat,
    long apiRequests,
    boolean ready,
    int poolMax,
    String idleInTransactionTimeout) {}
