package org.vaxline.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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

  @Test
  void theContainersStackTraceForABrokenEscapeBecomesOneLine() {
    var record = new LogRecord(Level.SEVERE, "An exception or error occurred in the container");
    record.setThrown(fromTheDecoder(new IllegalArgumentException("pattern - %ZZ")));
    new PersonalDataRedaction.Redacting(null).isLoggable(record);
    assertEquals(BrokenEscapes.LINE, record.getMessage());
    assertNull(record.getThrown());

    var cut = new LogRecord(Level.SEVERE, "An exception or error occurred in the container");
    cut.setThrown(fromTheDecoder(new IllegalStateException("Unexpected termination")));
    new PersonalDataRedaction.Redacting(null).isLoggable(cut);
    assertNull(cut.getThrown());
  }

  @Test
  void otherStackTracesStay() {
    var elsewhere = new IllegalArgumentException("a bug");
    var record = new LogRecord(Level.SEVERE, "An exception or error occurred in the container");
    record.setThrown(elsewhere);
    new PersonalDataRedaction.Redacting(null).isLoggable(record);
    assertSame(elsewhere, record.getThrown());
    var decoderButNotItsRefusal = fromTheDecoder(new NullPointerException());
    record.setThrown(decoderButNotItsRefusal);
    new PersonalDataRedaction.Redacting(null).isLoggable(record);
    assertSame(decoderButNotItsRefusal, record.getThrown());
  }

  private static <T extends Throwable> T fromTheDecoder(T thrown) {
    thrown.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(
              "org.glassfish.grizzly.http.util.URLDecoder", "decode", "URLDecoder.java", 199),
          new StackTraceElement(
              "org.apache.catalina.connector.CoyoteAdapter", "service", "CoyoteAdapter.java", 300)
        });
    return thrown;
  }
}
