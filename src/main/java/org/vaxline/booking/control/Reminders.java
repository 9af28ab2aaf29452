package org.vaxline.booking.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vaxline.booking.entity.Booking;
import org.vaxline.identity.control.People;
import org.vaxline.platform.control.KoreaTime;
import org.vaxline.platform.control.SchemaReady;
import org.vaxline.sms.control.SmsGateway;

/**
 * The day-before reminder: from 09:00 KST on the day before a booked dose (not at night), a text to
 * the phone of the person to be vaccinated. Every node scans once a minute; a row is locked with
 * SKIP LOCKED while it is sent and marked, so two nodes never send the same reminder, and a dose
 * booked after 09:00 of the day before is reminded at the next scan.
 */
@ApplicationScoped
public class Reminders {

  static final Duration SEND_FROM = Duration.ofHours(9);
  private static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Reminders self;
  @Inject People people;
  @Inject SmsGateway sms;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> scanning;

  /** The first instant a reminder for a dose starting at {@code startsAt} may be sent. */
  public static Instant dueAt(Instant startsAt) {
    return KoreaTime.startOf(KoreaTime.date(startsAt).minusDays(1)).plus(SEND_FROM);
  }

  void start(@Observes SchemaReady ready) {
    scanning = scheduler.scheduleWithFixedDelay(this::scan, 1, 1, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (scanning != null) {
      scanning.cancel(false);
    }
  }

  private void scan() {
    try {
      while (self.sendDue() == BATCH) {
        // a full batch: more may be due
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminder scan failed; the next minute tries again", e);
    }
  }

  /** Sends the reminders due now, at most one batch; returns how many rows it looked at. */
  @Transactional
  public int sendDue() {
    var now = clock.instant();
    // Due now means starting before the end of tomorrow (KST) and not yet begun.
    var until = KoreaTime.startOf(KoreaTime.date(now).plusDays(2));
    @SuppressWarnings("unchecked")
    var due =
        (java.util.List<Booking>)
            em.createNativeQuery(
                    "select * from booking where status = 'BOOKED' and reminded_at is null"
                        + " and starts_at > ? and starts_at < ? order by starts_at limit ?"
                        + " for update skip locked",
                    Booking.class)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(until))
                .setParameter(3, BATCH)
                .getResultList();
    int sent = 0;
    for (var booking : due) {
      if (!now.isBefore(dueAt(booking.startsAt()))) {
        sms.send(
            people.phone(booking.person()), BookingTexts.reminder(booking), booking.confirmation());
        booking.reminded(now);
        sent++;
      }
    }
    return sent == due.size() ? due.size() : 0;
  }
}
