package org.vaxline.platform.control;

/**
 * Fired once per node after the database schema has been migrated and validated: the moment from
 * which features may touch their tables.
 *
 * @param version the schema version now in the database
 */
public record SchemaReady(String version) {}
