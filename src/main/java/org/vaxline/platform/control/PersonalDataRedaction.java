package org.vaxline.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A last line of defence for ARCHITECTURE.md principle 7: whatever a library or a careless message
 * puts in a log line, a resident registration number or a mobile number is replaced before the
 * node's log handlers write it. Vaxline's own code does not log personal data in the first place.
 * Exception messages inside a logged stack trace are not rewritten. The same filter shortens the
 * container's report of a path with a broken percent-escape to one line ({@link BrokenEscapes}).
 */
@ApplicationScoped
public class PersonalDataRedaction {

  private static final Pattern REGISTRATION_NUMBER =
      Pattern.compile("(?<!\\d)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])-?\\d{7}(?!\\d)");
  private static final Pattern MOBILE_NUMBER =
      Pattern.compile("(?<!\\d)01[016789]-?\\d{3,4}-?\\d{4}(?!\\d)");

  private static final Logger LOG = Logger.getLogger(PersonalDataRedaction.class.getName());

  private final Map<Handler, Filter> replaced = new HashMap<>();

  void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (var handler : Logger.getLogger("").getHandlers()) {
      replaced.put(handler, handler.getFilter());
      handler.setFilter(new Redacting(handler.getFilter()));
    }
    LOG.info("Personal-data redaction installed on " + replaced.size() + " log handlers");
  }

  /** Gives the handlers back their own filters, so no class of this application outlives it. */
  @PreDestroy
  void uninstall() {
    replaced.forEach(Handler::setFilter);
  }

  static String redact(String text) {
    var withoutNumbers = REGISTRATION_NUMBER.matcher(text).replaceAll("[resident number]");
    return MOBILE_NUMBER.matcher(withoutNumbers).replaceAll("[phone number]");
  }

  /** Redacts a record's message and text parameters, then asks the handler's own filter. */
  record Redacting(Filter next) implements Filter {
    @Override
    public boolean isLoggable(LogRecord record) {
      BrokenEscapes.shorten(record);
      if (record.getMessage() != null) {
        record.setMessage(redact(record.getMessage()));
      }
      var parameters = record.getParameters();
      if (parameters != null) {
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i] instanceof CharSequence text) {
            parameters[i] = redact(text.toString());
          }
        }
      }
      return next == null || next.isLoggable(record);
    }
  }
}
