package org.vaxline.sms.control;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.EnquireLink;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * An SMS center for tests, jSMPP's own server side on a free loopback port: it records binds,
 * submit_sm and enquire_link, and behaves as the test sets it (accept, refuse binds, refuse a
 * destination, or never answer a submit_sm).
 */
final class SmscOnLoopback implements ServerMessageReceiverListener, AutoCloseable {

  enum Behaviour {
    ACCEPT,
    REFUSE_BINDS,
    REFUSE_DESTINATION,
    HANG_ON_SUBMIT
  }

  record Bound(BindType type, String systemId, String password) {}

  final BlockingQueue<Bound> binds = new LinkedBlockingQueue<>();
  final BlockingQueue<SubmitSm> submits = new LinkedBlockingQueue<>();
  final AtomicInteger enquireLinks = new AtomicInteger();
  volatile Behaviour behaviour = Behaviour.ACCEPT;

  private final SMPPServerSessionListener listener;
  private final Thread acceptor;
  private final AtomicInteger messageIds = new AtomicInteger();
  private volatile boolean open = true;

  SmscOnLoopback() throws IOException {
    int port;
    try (var probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    listener = new SMPPServerSessionListener(port);
    listener.setTimeout(200);
    listener.setMessageReceiverListener(this);
    acceptor = new Thread(this::acceptAll, "smsc-on-loopback");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getPort();
  }

  private void acceptAll() {
    while (open) {
      try {
        var session = listener.accept();
        var binding = new Thread(() -> bind(session), "smsc-bind");
        binding.setDaemon(true);
        binding.start();
      } catch (SocketTimeoutException e) {
        // look at open again
      } catch (IOException e) {
        return;
      }
    }
  }

  private void bind(SMPPServerSession session) {
    try {
      var request = session.waitForBind(5_000);
      binds.add(new Bound(request.getBindType(), request.getSystemId(), request.getPassword()));
      if (behaviour == Behaviour.REFUSE_BINDS) {
        request.reject(SMPPConstant.STAT_ESME_RBINDFAIL);
      } else {
        request.accept("loopback-smsc");
      }
    } catch (TimeoutException | IOException | RuntimeException | org.jsmpp.PDUStringException e) {
      session.close();
    }
  }

  @Override
  public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
      throws ProcessRequestException {
    submits.add(submitSm);
    switch (behaviour) {
      case REFUSE_DESTINATION ->
          throw new ProcessRequestException("no such number", SMPPConstant.STAT_ESME_RINVDSTADR);
      case HANG_ON_SUBMIT -> sleep(30_000);
      default -> {}
    }
    try {
      return new SubmitSmResult(
          new MessageId(Integer.toString(messageIds.incrementAndGet())), new OptionalParameter[0]);
    } catch (org.jsmpp.PDUStringException e) {
      throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
    }
  }

  @Override
  public void onAcceptEnquireLink(EnquireLink enquireLink, Session source) {
    enquireLinks.incrementAndGet();
  }

  @Override
  public void close() throws IOException {
    open = false;
    listener.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ProcessRequestException unsupported() {
    return new ProcessRequestException(
        "not an SMS center's job here", SMPPConstant.STAT_ESME_RINVCMDID);
  }

  @Override
  public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public void onAcceptCancelBroadcastSm(
      CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
      throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
      QueryBroadcastSm queryBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
    throw unsupported();
  }

  @Override
  public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
    throw unsupported();
  }
}
