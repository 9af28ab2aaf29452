package org.vaxline.identity.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.vaxline.identity.entity.ContactColumn;
import org.vaxline.identity.entity.ResidentRegistrationNumber;
import org.vaxline.platform.control.SealingKey;

class IdentityKeysTest {

  private static final ResidentRegistrationNumber NUMBER =
      ResidentRegistrationNumber.parse("660719-1234567");

  private final IdentityKeys keys = new IdentityKeys(key('h'), key('s'));

  @Test
  void theHashFindsTheSamePersonEveryTime() {
    assertEquals(32, keys.hash(NUMBER).length);
    assertArrayEquals(
        keys.hash(NUMBER), keys.hash(ResidentRegistrationNumber.parse("6607191234567")));
  }

  @Test
  void theHashDependsOnTheKeySoItCannotBeRecomputedWithoutIt() {
    var otherKeys = new IdentityKeys(key('x'), key('s'));
    assertFalse(Arrays.equals(keys.hash(NUMBER), otherKeys.hash(NUMBER)));
  }

  @Test
  void aSealedNumberOpensOnlyToItself() {
    var sealed = keys.seal(NUMBER);
    assertEquals(NUMBER, keys.unseal(sealed));
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("6607191234567"));
  }

  @Test
  void sealingTwiceGivesDifferentBytes() {
    assertFalse(Arrays.equals(keys.seal(NUMBER), keys.seal(NUMBER)));
  }

  @Test
  void aTamperedSealIsRefused() {
    var sealed = keys.seal(NUMBER);
    sealed[sealed.length - 1] ^= 1;
    assertThrows(IllegalStateException.class, () -> keys.unseal(sealed));
  }

  @Test
  void aSealedNameAndPhoneOpenToThemselvesAndHoldNothingInClear() {
    var sealed = keys.seal("김영호", "010-1964-0719");
    assertEquals("김영호", keys.unseal(ContactColumn.NAME, sealed.name()));
    assertEquals("010-1964-0719", keys.unseal(ContactColumn.PHONE, sealed.phone()));
    var bytes = new String(sealed.phone(), StandardCharsets.ISO_8859_1);
    assertFalse(bytes.contains("0719") || bytes.contains("1964"));
    assertFalse(new String(sealed.name(), StandardCharsets.UTF_8).contains("영"));
  }

  @Test
  void aSealedNameCannotBePassedOffAsAPhone() {
    var sealed = keys.seal("0101964071", "010-1964-0719");
    assertThrows(
        IllegalStateException.class, () -> keys.unseal(ContactColumn.PHONE, sealed.name()));
    assertThrows(
        IllegalStateException.class, () -> keys.unseal(ContactColumn.NAME, sealed.phone()));
  }

  @Test
  void theNameIsNotSealedUnderTheNumbersKey() {
    var name = keys.seal("김영호", "010-1964-0719").name();
    var sameSealKey = new SealingKey(key('s'));
    assertThrows(IllegalStateException.class, () -> sameSealKey.open("resident.name", name));
  }

  @Test
  void sealingTheSameContactsTwiceGivesDifferentBytesButTheSameIndexes() {
    var first = keys.seal("김영호", "010-1964-0719");
    var second = keys.seal("김영호", "010-1964-0719");
    assertFalse(Arrays.equals(first.name(), second.name()));
    assertFalse(Arrays.equals(first.phone(), second.phone()));
    assertArrayEquals(first.nameIndex(), second.nameIndex());
    assertArrayEquals(first.phoneIndex(), second.phoneIndex());
  }

  @Test
  void theBlindIndexIsThatOfTheMaskedNameAndTheLastFourDigits() {
    var kim = keys.seal("김영호", "010-1964-0719");
    var another = keys.seal("김민호", "010-2222-0719");
    assertArrayEquals(kim.nameIndex(), another.nameIndex(), "김*호 both");
    assertArrayEquals(kim.nameIndex(), keys.index(ContactColumn.NAME, "김*호"));
    assertArrayEquals(kim.phoneIndex(), another.phoneIndex(), "0719 both");
    assertArrayEquals(kim.phoneIndex(), keys.index(ContactColumn.PHONE, "0719"));
    assertEquals(IdentityKeys.INDEX_BYTES, kim.nameIndex().length);
  }

  @Test
  void theBlindIndexDependsOnTheHashKeyAndTheColumn() {
    var otherHashKey = new IdentityKeys(key('x'), key('s'));
    assertFalse(
        Arrays.equals(
            keys.index(ContactColumn.NAME, "김*호"), otherHashKey.index(ContactColumn.NAME, "김*호")));
    assertFalse(
        Arrays.equals(
            keys.index(ContactColumn.NAME, "1234"), keys.index(ContactColumn.PHONE, "1234")));
  }

  @Test
  void keysShorterThan256BitsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new IdentityKeys(new byte[16], key('s')));
    assertThrows(IllegalArgumentException.class, () -> new IdentityKeys(key('h'), new byte[16]));
  }

  @Test
  void withoutKeysNothingIsHashedAndTheMessageSaysWhatToSet() {
    var unconfigured = new IdentityKeys();
    assertFalse(unconfigured.configured());
    var refusal = assertThrows(IllegalStateException.class, () -> unconfigured.hash(NUMBER));
    assertTrue(refusal.getMessage().contains("vaxline.identity.hash-key"));
  }

  private static byte[] key(char fill) {
    var key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }
}
