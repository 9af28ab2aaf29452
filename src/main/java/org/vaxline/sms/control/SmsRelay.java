package org.vaxline.sms.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vaxline.platform.control.SchemaReady;
import org.vaxline.sms.entity.Outgoing;
import org.vaxline.sms.entity.RetryPolicy;

/**
 * Sends committed outbox rows, on every node: nudged after each commit that wrote some, and every
 * {@code vaxline.sms.relay.poll-seconds} as a safety net (a nudge lost with a node, a retry come
 * due). One drain runs at a time on a node; it claims a few rows in a short transaction, calls the
 * provider with no transaction or lock held, and records each outcome in another.
 */
@ApplicationScoped
public class SmsRelay {

  static final int BATCH = 20;
  private static final Logger LOG = Logger.getLogger(SmsRelay.class.getName());

  @Inject OutboxQueue queue;
  @Inject SmsProviders providers;
  @Inject Clock clock;
  @Inject MetricRegistry metrics;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "vaxline.sms.relay.poll-seconds", defaultValue = "5")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "vaxline.sms.relay.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "vaxline.sms.relay.lease-seconds", defaultValue = "120")
  long leaseSeconds;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile RetryPolicy retries;
  private volatile boolean started;
  private ScheduledFuture<?> polling;

  void start(@Observes SchemaReady ready) {
    retries = new RetryPolicy(maxAttempts, Duration.ofSeconds(10), Duration.ofMinutes(10));
    started = true;
    polling = scheduler.scheduleWithFixedDelay(this::poll, 0, pollSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    started = false;
    if (polling != null) {
      polling.cancel(false);
    }
  }

  void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    if (started) {
      executor.execute(this::drain);
    }
  }

  private void poll() {
    try {
      queue.eraseClear();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Erasing V5's clear outbox rows failed; the next poll tries again", e);
    }
    drain();
  }

  /** Runs until nothing is due; a nudge during a drain makes it look once more. */
  void drain() {
    again.set(true);
    while (again.get() && draining.compareAndSet(false, true)) {
      try {
        again.set(false);
        while (sendBatch() == BATCH) {
          // a full batch: more may be due
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The SMS relay failed; its next poll tries again", e);
      } finally {
        draining.set(false);
      }
    }
  }

  /** Sends one claimed batch; returns how many rows the claim took. */
  private int sendBatch() {
    var provider = providers.usable().filter(SmsProvider::ready).orElse(null);
    if (provider == null) {
      return 0;
    }
    var now = clock.instant();
    var leaseUntil = now.plusSeconds(leaseSeconds);
    var claimed = queue.claim(BATCH, now, leaseUntil);
    count("withheld", claimed.taken() - claimed.toSend().size());
    var toSend = claimed.toSend();
    for (int i = 0; i < toSend.size(); i++) {
      // Past the lease another node may take the row: send only what surely ends before it.
      var message = toSend.get(i);
      if (!provider.ready()
          || clock.instant().plus(provider.longestSend(message)).isAfter(leaseUntil)) {
        queue.release(
            toSend.subList(i, toSend.size()).stream().map(Outgoing::id).toList(), clock.instant());
        return 0;
      }
      var delivery = provider.deliver(message);
      var status = queue.record(message.id(), provider.name(), delivery, clock.instant(), retries);
      count(status.name().toLowerCase(Locale.ROOT), 1);
    }
    return claimed.taken();
  }

  private void count(String outcome, int messages) {
    if (messages > 0) {
      metrics
          .counter(
              "vaxline_sms_messages",
              new Tag("provider", providers.name()),
              new Tag("outcome", outcome))
          .inc(messages);
    }
  }
}
