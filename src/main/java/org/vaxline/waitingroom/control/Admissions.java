package org.vaxline.waitingroom.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import org.vaxline.platform.control.SharedCaches;
import org.vaxline.waitingroom.entity.Admission;
import org.vaxline.waitingroom.entity.Ticket;

/**
 * Turns a ticket whose turn has come into an admission, and spends admissions. Both facts that must
 * hold across the cluster live in JCache for an admission's lifetime only: which tickets hold a
 * live admission (one at a time), and which admissions are spent (each once). So this state is
 * bounded by the admission rate, never by the queue's length. When the shared cache cannot be
 * reached, admissions are refused: the booking side fails closed.
 */
@ApplicationScoped
public class Admissions {

  static final String LIVE = "vaxline-queue-admitted";
  static final String SPENT = "vaxline-queue-spent";

  @Inject WaitingRoom room;
  @Inject Tickets tickets;
  @Inject CacheManager caches;
  @Inject Clock clock;

  private AdmissionTokens tokens;
  private volatile Cache<String, String> live;
  private volatile Cache<String, String> spent;

  public Admissions() {}

  /** For tests: admissions over the given caches, without a waiting room to admit from. */
  Admissions(CacheManager caches, AdmissionTokens tokens) {
    this.caches = caches;
    this.tokens = tokens;
  }

  @PostConstruct
  void load() {
    tokens = new AdmissionTokens(tickets.derivedKey("admission"), clock);
  }

  /** An admission for a ticket whose place now-serving has reached. */
  public String admit(Ticket ticket, String browserCookie) {
    if (browserCookie == null || browserCookie.isBlank()) {
      throw AdmissionRefused.invalid(); // the browser that joined sends its cookie
    }
    if (room.standing(ticket).state() != Standing.State.YOUR_TURN) {
      throw AdmissionRefused.notYourTurn();
    }
    var admission = tokens.admit(ticket, browserCookie);
    if (!shared(() -> live().putIfAbsent(ticket.id(), admission.id()))) {
      throw AdmissionRefused.alreadyAdmitted();
    }
    return tokens.sign(admission);
  }

  /**
   * The admission a booking-side request carries, for whichever campaign it was issued; refused
   * unless intact, current, this browser's and unspent. A booking checks its campaign against it.
   */
  public Admission requireAny(String token, String browserCookie) {
    var admission = requireCurrent(token, browserCookie);
    if (shared(() -> spent().containsKey(admission.id()))) {
      throw AdmissionRefused.spent();
    }
    return admission;
  }

  /** An admission that is intact, current and this browser's, spent or not: for reads. */
  public Admission requireCurrent(String token, String browserCookie) {
    if (token == null || token.isBlank()) {
      throw AdmissionRefused.missing();
    }
    return tokens.read(token, browserCookie).orElseThrow(AdmissionRefused::invalid);
  }

  /** Refuses an admission issued for another campaign than the one the request is about. */
  public void requireCampaign(Admission admission, long campaign) {
    if (admission.campaign() != campaign) {
      throw AdmissionRefused.invalid();
    }
  }

  /** Spends an admission for good: the booking it admitted is done. Replays on any node fail. */
  public void spend(Admission admission) {
    if (!shared(() -> spent().putIfAbsent(admission.id(), admission.ticket()))) {
      throw AdmissionRefused.spent();
    }
    shared(() -> live().remove(admission.ticket()));
  }

  private static <T> T shared(Supplier<T> step) {
    try {
      return step.get();
    } catch (CacheException | IllegalStateException e) {
      throw new QueueUnavailable();
    }
  }

  private Cache<String, String> live() {
    if (live == null) {
      live =
          SharedCaches.expiringAfterWrite(
              caches, LIVE, String.class, String.class, Admission.LIFETIME);
    }
    return live;
  }

  private Cache<String, String> spent() {
    if (spent == null) {
      spent =
          SharedCaches.expiringAfterWrite(
              caches, SPENT, String.class, String.class, Admission.LIFETIME);
    }
    return spent;
  }
}
