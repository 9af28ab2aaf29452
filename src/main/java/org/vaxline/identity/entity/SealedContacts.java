package org.vaxline.identity.entity;

/**
 * A resident's name and phone as db/V13 keeps them: each sealed, and each with its blind index for
 * the staff search. The arrays are the column values, written as they are.
 */
public record SealedContacts(byte[] name, byte[] phone, byte[] nameIndex, byte[] phoneIndex) {}
