/**
 * Staff accounts (operators and clinic administrators), their passwords and how they sign in. Staff
 * are never citizens' identities: those belong to {@code identity}.
 */
package org.vaxline.staff;
