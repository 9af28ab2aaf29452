/**
 * The offline pass verifier (ARCHITECTURE.md principle 6): checks an HCERT (EU Digital COVID
 * Certificate) or a SMART Health Card against a trust list and a revocation list at a given
 * instant, with no server, database or network; plain Java 17 that a venue app can embed.
 */
package org.vaxline.pass.verifier;
