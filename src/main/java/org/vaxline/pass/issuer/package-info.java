/**
 * The pass issuer: signs a person's dose, negative test or recovery as an HCERT (EU Digital COVID
 * Certificate) with a document-signer key chained to Vaxline's country signing CA. Plain Java: no
 * database, no REST.
 */
package org.vaxline.pass.issuer;
