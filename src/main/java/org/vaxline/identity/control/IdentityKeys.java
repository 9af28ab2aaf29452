package org.vaxline.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vaxline.identity.entity.ContactColumn;
import org.vaxline.identity.entity.ResidentRegistrationNumber;
import org.vaxline.identity.entity.SealedContacts;
import org.vaxline.platform.control.Hkdf;
import org.vaxline.platform.control.SealingKey;

/**
 * The two keys that protect residents (ARCHITECTURE.md principle 7): an HMAC-SHA-256 key whose hash
 * finds a person, and an AES-256-GCM key that seals what must be shown again (the registration
 * number, the name, the phone). Both come from configuration (environment or Payara password
 * aliases). Demo mode without configured keys derives fixed demo keys and says so loudly: they
 * protect nothing.
 *
 * <p>Names and phones (db/V13) are sealed under keys derived from the seal key, one per column
 * (HKDF, RFC 5869), with the column as associated data too. Random 96-bit nonces allow about 2^32
 * seals under one key (NIST SP 800-38D 8.3); a key per column gives the register's numbers, names
 * and phones, and every re-seal of them, a budget each, and one configured secret still serves all.
 * Their blind indexes are HMAC-SHA-256 under keys derived from the hash key, so an index is never
 * the hash of anything else.
 */
@ApplicationScoped
public class IdentityKeys {

  /**
   * A blind index keeps two bytes of its HMAC: about 65,000 values for the few hundred thousand
   * masked names of a country, so one index value stands for several masked names and neither a
   * dump nor the frequency of a value tells which. A search unseals its few candidates and drops
   * those that only share the index.
   */
  static final int INDEX_BYTES = 2;

  private static final Logger LOG = Logger.getLogger(IdentityKeys.class.getName());

  @Inject
  @ConfigProperty(name = "vaxline.identity.hash-key")
  Optional<String> configuredHashKey;

  @Inject
  @ConfigProperty(name = "vaxline.identity.seal-key")
  Optional<String> configuredSealKey;

  @Inject
  @ConfigProperty(name = "vaxline.demo", defaultValue = "false")
  boolean demo;

  private SecretKeySpec hashKey;
  private SealingKey numberSeal;
  private final Map<ContactColumn, SealingKey> contactSeals = new EnumMap<>(ContactColumn.class);
  private final Map<ContactColumn, SecretKeySpec> indexKeys = new EnumMap<>(ContactColumn.class);

  public IdentityKeys() {}

  /** For tests and tools outside the container. */
  public IdentityKeys(byte[] hashKey, byte[] sealKey) {
    use(hashKey, sealKey);
  }

  @PostConstruct
  void load() {
    if (configuredHashKey.isPresent() && configuredSealKey.isPresent()) {
      use(decode(configuredHashKey.get()), decode(configuredSealKey.get()));
    } else if (demo) {
      LOG.warning(
          "DEMO identity keys in use: vaxline.identity.hash-key and vaxline.identity.seal-key are"
              + " not set, so resident numbers are protected by keys anyone can derive");
      use(demoKey("hash"), demoKey("seal"));
    }
  }

  /** False until both keys are configured; readiness reports it. */
  public boolean configured() {
    return hashKey != null;
  }

  public byte[] hash(ResidentRegistrationNumber number) {
    return hmac(required(hashKey), number.digits().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A keyed hash of anything else that must be compared but not kept: one-time codes, client
   * addresses. The purpose is part of the input, so no two uses (nor the number hash, whose input
   * is 13 bare digits) can ever produce the same value from the same text.
   */
  public byte[] hash(String purpose, String value) {
    return hmac(required(hashKey), (purpose + "\u0000" + value).getBytes(StandardCharsets.UTF_8));
  }

  /** Returns nonce followed by ciphertext and tag. */
  public byte[] seal(ResidentRegistrationNumber number) {
    return required(numberSeal).seal("", number.digits().getBytes(StandardCharsets.US_ASCII));
  }

  public ResidentRegistrationNumber unseal(byte[] sealed) {
    var digits = required(numberSeal).open("", sealed);
    return new ResidentRegistrationNumber(new String(digits, StandardCharsets.US_ASCII));
  }

  /** A name and phone as they are written: sealed, and indexed for the staff search. */
  public SealedContacts seal(String name, String phone) {
    return new SealedContacts(
        seal(ContactColumn.NAME, name),
        seal(ContactColumn.PHONE, phone),
        index(ContactColumn.NAME, ContactColumn.NAME.indexed(name)),
        index(ContactColumn.PHONE, ContactColumn.PHONE.indexed(phone)));
  }

  public String unseal(ContactColumn column, byte[] sealed) {
    return new String(
        required(contactSeals.get(column)).open(column.purpose(), sealed), StandardCharsets.UTF_8);
  }

  /**
   * The blind index of a column's indexed form ({@link ContactColumn#indexed}): a masked name or
   * the last four digits of a phone. Deliberately coarse: many people share 김*호 and 1234, so an
   * index narrows a search and identifies no one.
   */
  public byte[] index(ContactColumn column, String indexed) {
    var mac = hmac(required(indexKeys.get(column)), indexed.getBytes(StandardCharsets.UTF_8));
    return Arrays.copyOf(mac, INDEX_BYTES);
  }

  private byte[] seal(ContactColumn column, String value) {
    return required(contactSeals.get(column))
        .seal(column.purpose(), value.getBytes(StandardCharsets.UTF_8));
  }

  private void use(byte[] hash, byte[] seal) {
    if (hash.length < 32 || seal.length != 32) {
      throw new IllegalArgumentException("identity keys are 32 bytes (256 bits), base64-encoded");
    }
    hashKey = new SecretKeySpec(hash, "HmacSHA256");
    numberSeal = new SealingKey(seal);
    for (var column : ContactColumn.values()) {
      contactSeals.put(column, new SealingKey(Hkdf.expand(seal, "seal " + column.purpose())));
      indexKeys.put(
          column,
          new SecretKeySpec(Hkdf.expand(hash, "blind index " + column.purpose()), "HmacSHA256"));
    }
  }

  private static byte[] hmac(SecretKeySpec key, byte[] input) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
    }
  }

  private static <K> K required(K key) {
    if (key == null) {
      throw new IllegalStateException(
          "identity keys are not configured: set vaxline.identity.hash-key and"
              + " vaxline.identity.seal-key");
    }
    return key;
  }

  private static byte[] decode(String base64) {
    return Base64.getDecoder().decode(base64.strip());
  }

  private static byte[] demoKey(String purpose) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(("vaxline-demo-" + purpose).getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
