package org.vaxline.sms.control;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.jsmpp.DefaultPDUReader;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.jsmpp.util.DefaultComposer;
import org.vaxline.sms.entity.Delivery;
import org.vaxline.sms.entity.Outgoing;
import org.vaxline.sms.entity.RetryPolicy;

/**
 * The data center's SMS gateway over SMPP 3.4 (jSMPP): bound as a transmitter, one submit_sm per
 * segment in UCS-2, enquire_link every {@code enquire-link-ms} while idle, and after a failed
 * connect or bind a back-off that doubles up to {@code reconnect-cap-ms}. Every wait is bounded:
 * the TCP connect, the bind and each response by their time-outs, so one message takes at most
 * {@link SmppSettings#longestSend}. jSMPP runs its reader and keepalive on threads of its own.
 */
public final class SmppProvider implements SmsProvider, AutoCloseable {

  public static final String NAME = "smpp";
  private static final Logger LOG = Logger.getLogger(SmppProvider.class.getName());

  /** Refusals about the destination itself, which no retry mends (SMPP 3.4 §5.1.3). */
  private static final Set<Integer> PERMANENT = Set.of(0x0B, 0x50, 0x51);

  private final SmppSettings settings;
  private final Clock clock;
  private final RetryPolicy reconnects;
  private final AtomicInteger reference = new AtomicInteger(ThreadLocalRandom.current().nextInt());

  private volatile SMPPSession session;
  private volatile int failedConnects;
  private volatile Instant connectAgainAt = Instant.MIN;
  private volatile String lastError = "not connected yet";

  public SmppProvider(SmppSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.reconnects =
        new RetryPolicy(Integer.MAX_VALUE, settings.reconnectFirst(), settings.reconnectCap());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean ready() {
    return bound() || !clock.instant().isBefore(connectAgainAt);
  }

  @Override
  public String state() {
    return bound()
        ? "bound to " + settings.host() + ":" + settings.port()
        : "not bound to " + settings.host() + ":" + settings.port() + ": " + lastError;
  }

  @Override
  public Duration longestSend(Outgoing message) {
    return settings.longestSend(SmppSegments.count(message.text()));
  }

  @Override
  public Delivery deliver(Outgoing message) {
    SMPPSession bound;
    try {
      bound = connected();
    } catch (IOException e) {
      return new Delivery.Refused("cannot bind: " + e.getMessage(), false);
    }
    var ids = new ArrayList<String>();
    try {
      for (var segment : SmppSegments.of(message.text(), reference.incrementAndGet())) {
        ids.add(submit(bound, destination(message.phone()), segment).getMessageId());
      }
      return new Delivery.Accepted(String.join(",", ids));
    } catch (NegativeResponseException e) {
      var status = e.getCommandStatus();
      return new Delivery.Refused(
          "submit_sm refused, status 0x%08x".formatted(status), PERMANENT.contains(status));
    } catch (ResponseTimeoutException | InvalidResponseException | PDUException | IOException e) {
      // A link that answers late or wrongly is not trusted with the next message.
      drop(bound);
      return new Delivery.Refused(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
    }
  }

  @Override
  public void close() {
    var current = session;
    session = null;
    if (current != null) {
      current.unbindAndClose();
    }
  }

  private boolean bound() {
    var current = session;
    return current != null && current.getSessionState().isBound();
  }

  private SMPPSession connected() throws IOException {
    if (bound()) {
      return session;
    }
    drop(session);
    var now = clock.instant();
    if (now.isBefore(connectAgainAt)) {
      throw new IOException("waiting until " + connectAgainAt + " to reconnect: " + lastError);
    }
    var fresh = newSession();
    try {
      fresh.connectAndBind(
          settings.host(),
          settings.port(),
          new BindParameter(
              BindType.BIND_TX,
              settings.systemId(),
              settings.password(),
              settings.systemType(),
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              null),
          settings.responseTimeout().toMillis());
    } catch (IOException e) {
      failedConnects++;
      connectAgainAt = reconnects.retryAt(failedConnects, clock.instant()).orElseThrow();
      lastError = e.getMessage();
      LOG.warning(() -> "SMPP bind to " + settings.host() + " failed: " + lastError);
      throw e;
    }
    failedConnects = 0;
    lastError = "";
    session = fresh;
    LOG.info(() -> "SMPP bound to " + settings.host() + ":" + settings.port() + " as transmitter");
    return fresh;
  }

  private SMPPSession newSession() {
    var timeout = (int) settings.connectTimeout().toMillis();
    var fresh =
        new SMPPSession(
            new SynchronizedPDUSender(new DefaultPDUSender(new DefaultComposer())),
            new DefaultPDUReader(),
            (host, port) -> {
              // jSMPP's own factory connects without a time-out.
              var socket = new Socket();
              socket.connect(new InetSocketAddress(host, port), timeout);
              return new SocketConnection(socket);
            });
    fresh.setTransactionTimer(settings.responseTimeout().toMillis());
    // An idle read times out after this long, and jSMPP then sends enquire_link.
    fresh.setEnquireLinkTimer((int) settings.enquireLinkInterval().toMillis());
    return fresh;
  }

  private org.jsmpp.session.SubmitSmResult submit(
      SMPPSession bound, String destination, SmppSegments.Segment segment)
      throws PDUException,
          ResponseTimeoutException,
          InvalidResponseException,
          NegativeResponseException,
          IOException {
    var alphanumeric = !settings.sourceAddress().matches("\\d+");
    return bound.submitShortMessage(
        "",
        alphanumeric ? TypeOfNumber.ALPHANUMERIC : TypeOfNumber.NATIONAL,
        alphanumeric ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN,
        settings.sourceAddress(),
        TypeOfNumber.NATIONAL,
        NumberingPlanIndicator.ISDN,
        destination,
        new ESMClass(segment.esmClass()),
        (byte) 0,
        (byte) 0,
        null,
        null,
        new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
        (byte) 0,
        new GeneralDataCoding(Alphabet.ALPHA_UCS2),
        (byte) 0,
        segment.shortMessage());
  }

  /** A Korean mobile number as the gateway takes it: national digits, 01012345678. */
  static String destination(String phone) {
    return phone.replaceAll("\\D", "");
  }

  private void drop(SMPPSession stale) {
    if (stale != null) {
      if (stale == session) {
        session = null;
      }
      stale.close();
    }
  }
}
