/**
 * Starts Vaxline on a developer's machine and in the integration tests: a PostgreSQL (the local
 * server when one answers, else an embedded one) and Payara Micro nodes with the built WAR. Never
 * part of the production WAR.
 */
package org.vaxline.launcher;
