/**
 * The pass issuer: signs a person's vaccination as an HCERT (EU Digital COVID Certificate) with a
 * document-signer key chained to Vaxline's country signing CA. Plain Java: no database, no REST.
 */
package org.vaxline.pass.issuer;
