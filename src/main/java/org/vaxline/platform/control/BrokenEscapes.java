package org.vaxline.platform.control;

import java.util.logging.LogRecord;

/**
 * Payara issue 8000: a request path with a broken percent-escape ({@code /api/ping%ZZ}) fails in
 * Grizzly's URL decoder inside the container, before anything of Vaxline runs, and the container
 * logs it as SEVERE with a 60-line stack trace; any anonymous client could fill the log with them.
 * Such a record becomes one line that names the cause and nothing the client sent.
 */
final class BrokenEscapes {

  static final String LINE =
      "Refused a request whose path has a broken percent-escape (Payara issue 8000; the client's"
          + " path is not logged)";

  private static final String DECODER = "org.glassfish.grizzly.http.util.URLDecoder";

  private BrokenEscapes() {}

  /** Shortens the record if it is the container's report of a broken escape. */
  static void shorten(LogRecord record) {
    if (isBrokenEscape(record.getThrown())) {
      record.setThrown(null);
      record.setMessage(LINE);
      record.setParameters(null);
    }
  }

  private static boolean isBrokenEscape(Throwable thrown) {
    if (!(thrown instanceof IllegalArgumentException || thrown instanceof IllegalStateException)) {
      return false;
    }
    var frames = thrown.getStackTrace();
    return frames.length > 0 && frames[0].getClassName().equals(DECODER);
  }
}
