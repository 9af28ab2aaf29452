package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class PersonalDataRedactionTest {

  @Test
  void residentNumbersAreReplacedWithOrWithoutDash() {
    assertEquals(
        "lookup [resident number] and [resident number] failed",
        PersonalDataRedaction.redact("lookup 660719-1234567 and 6607191234567 failed"));
  }

  @Test
  void mobileNumbersAreReplaced() {
    assertEquals(
        "SMS to [phone number], [phone number]",
        PersonalDataRedaction.redact("SMS to 010-1234-5678, 01098765432"));
  }

  @Test
  void numbersThatAreNotPersonalStay() {
    var line = "Payara started in 1795618890008 ms; order 20210712; clinic C110001; port 6900";
    assertEquals(line, PersonalDataRedaction.redact(line));
  }

  @Test
  void aRecordsMessageAndTextParametersAreRedactedBeforeTheHandlerSeesThem() {
    var record = new LogRecord(Level.WARNING, "resident {0} called from {1}");
    record.setParameters(new Object[] {"800229-5123456", "010-1964-0719", 42});
    var filter = new PersonalDataRedaction.Redacting(r -> r.getLevel() == Level.WARNING);

    assertTrue(filter.isLoggable(record));
    assertArrayEquals(
        new Object[] {"[resident number]", "[phone number]", 42}, record.getParameters());
    assertFalse(new PersonalDataRedaction.Redacting(r -> false).isLoggable(record));
  }
}
