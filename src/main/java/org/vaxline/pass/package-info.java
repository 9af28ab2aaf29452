/**
 * The vaccine pass (issue 7): the offline verifier and the issuer as plain libraries, and the
 * server side: keys, the signed trust list, revocation, the stateless online check, check-in codes.
 */
package org.vaxline.pass;
