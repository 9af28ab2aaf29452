package org.vaxline.waitingroom.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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
  Admissions(CacheManager caches, AdmissionTokens tokens, Clock clock) {
    this.caches = caches;
    this.tokens = tokens;
    this.clock = clock;
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

  /**
   * Spends an admission on {@code purpose} (a hold being confirmed), before the booking's
   * transaction: the shared cache is never called while a transaction holds locks. Whoever spends
   * it then either {@link #finish}es it, once the booking committed, or {@link #giveBack}s it, when
   * the booking did not commit; so it ends spent exactly when a booking committed. Refused if it
   * went to another purpose. False if it is being spent on this same purpose right now: another
   * request is committing it (a client's retry that came too soon). A spend for this purpose older
   * than {@code takeOverAfter}, the longest any commit can run, belonged to a request that died
   * with its node: this one takes it over.
   */
  public boolean spend(Admission admission, String purpose, Duration takeOverAfter) {
    var now = clock.millis();
    var mark = new SpentMark(purpose, now).text();
    if (shared(() -> spent().putIfAbsent(admission.id(), mark))) {
      return true;
    }
    var earlier = shared(() -> Optional.ofNullable(spent().get(admission.id())));
    if (earlier.isEmpty()) {
      return spend(admission, purpose, takeOverAfter); // given back just now: spend it afresh
    }
    var was = SpentMark.parse(earlier.get());
    if (was.isEmpty() || !was.get().purpose().equals(purpose)) {
      throw AdmissionRefused.spent();
    }
    if (now - was.get().atMillis() < takeOverAfter.toMillis()) {
      return false;
    }
    if (!shared(() -> spent().replace(admission.id(), earlier.get(), mark))) {
      return false; // another retry took it over first
    }
    return true;
  }

  /**
   * The booking the admission was spent on committed: the ticket may now ask for another admission
   * (for a change, say). Safe to repeat.
   */
  public void finish(Admission admission) {
    shared(() -> live().remove(admission.ticket()));
  }

  /** The booking the admission was spent on did not commit: the admission is unspent again. */
  public void giveBack(Admission admission, String purpose) {
    shared(
        () -> {
          var mark = spent().get(admission.id());
          var was = mark == null ? Optional.<SpentMark>empty() : SpentMark.parse(mark);
          return was.isPresent()
              && was.get().purpose().equals(purpose)
              && spent().remove(admission.id(), mark);
        });
  }

  /** What an admission was spent on, and when: {@code purpose@millis} in the shared cache. */
  private record SpentMark(String purpose, long atMillis) {

    String text() {
      return purpose + "@" + atMillis;
    }

    static Optional<SpentMark> parse(String text) {
      var at = text.lastIndexOf('@');
      if (at < 0) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            new SpentMark(text.substring(0, at), Long.parseLong(text.substring(at + 1))));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
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
