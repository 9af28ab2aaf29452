/**
 * Residents and their resident registration numbers, which are only ever stored hashed and sealed;
 * later identity verification and acting for a relative.
 */
package org.vaxline.identity;
