/**
 * What every feature stands on: the clock in Asia/Seoul, the database and its migrations, RFC 9457
 * problem responses, health, metrics, the cluster view and the REST application itself.
 */
package org.vaxline.platform;
