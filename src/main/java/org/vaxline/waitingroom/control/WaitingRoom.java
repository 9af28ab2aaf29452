package org.vaxline.waitingroom.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vaxline.campaign.control.CampaignCatalog;
import org.vaxline.campaign.entity.CampaignView;
import org.vaxline.platform.control.SchemaReady;
import org.vaxline.platform.control.SharedCaches;
import org.vaxline.waitingroom.entity.AdmissionHistory;
import org.vaxline.waitingroom.entity.PollInterval;
import org.vaxline.waitingroom.entity.QueueOrder;
import org.vaxline.waitingroom.entity.QueueWindow;
import org.vaxline.waitingroom.entity.Ticket;
import org.vaxline.waitingroom.entity.WaitEstimate;

/**
 * A campaign's waiting room as this node sees it (ARCHITECTURE.md principle 2). A person's place is
 * computed from the ticket they hold and the cluster-wide now-serving number, which this node
 * copies from JCache once a second and samples for the admission rate. So a waiting person costs a
 * poll, answered from memory, and nothing else.
 */
@ApplicationScoped
public class WaitingRoom {

  static final String CACHE = "vaxline-queue";
  private static final Duration HISTORY = Duration.ofMinutes(5);
  private static final Logger LOG = Logger.getLogger(WaitingRoom.class.getName());

  @Inject CampaignCatalog campaigns;
  @Inject TicketNumbers numbers;
  @Inject Tickets tickets;
  @Inject Clock clock;
  @Inject CacheManager caches;
  @Inject QueueControls controls;
  @Inject MetricRegistry metrics;
  @Resource ManagedScheduledExecutorService scheduler;

  /** How long before a campaign opens its pre-queue opens. */
  @Inject
  @ConfigProperty(name = "vaxline.queue.prequeue-minutes", defaultValue = "60")
  long preQueueMinutes;

  private final Map<Long, Line> lines = new ConcurrentHashMap<>();
  private volatile Cache<String, Long> shared;
  private ScheduledFuture<?> sampling;

  void start(@Observes SchemaReady ready) {
    sampling = scheduler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (sampling != null) {
      sampling.cancel(false);
    }
  }

  /** A new ticket: before the opening a pre-queue one, whose place is drawn at the opening. */
  public Ticket join(long campaign) {
    var now = clock.instant();
    var window = window(campaign);
    var kind = window.kindAt(now);
    switch (kind) {
      case NOT_YET ->
          throw new QueueClosed(
              "The waiting room opens at " + CampaignView.korean(window.preQueueOpensAt()) + ".");
      case CLOSED -> throw new QueueClosed("The campaign has closed.");
      default -> {
        if (controls.recent(campaign).draining()) {
          throw new QueueClosed("The waiting room is being drained and takes no one new.");
        }
      }
    }
    var preQueue = kind == QueueWindow.Kind.PRE_QUEUE;
    return new Ticket(
        UUID.randomUUID().toString(), campaign, preQueue, numbers.next(campaign, preQueue), now);
  }

  public Optional<Ticket> ticket(String token, long campaign) {
    return Optional.ofNullable(token).flatMap(t -> tickets.read(t, campaign));
  }

  public Ticket requireTicket(String token, long campaign) {
    return ticket(token, campaign).orElseThrow(TicketRefused::new);
  }

  public String token(Ticket ticket) {
    return tickets.sign(ticket);
  }

  /** Where a ticket stands now. */
  public Standing standing(Ticket ticket) {
    var now = clock.instant();
    var window = window(ticket.campaign());
    var line = line(ticket.campaign());
    if (!window.drawn(now)) {
      return new Standing(
          Standing.State.PRE_QUEUE,
          null,
          null,
          line.nowServing,
          Optional.empty(),
          retryAfterUntil(window.opensAt(), now));
    }
    var order = order(ticket.campaign(), line);
    if (ticket.preQueue() && ticket.seq() > order.preQueueSize()) {
      // Numbered by a node whose clock ran behind, after the draw was frozen: rejoin.
      throw new TicketRefused();
    }
    var position = order.position(ticket.preQueue(), ticket.seq());
    var ahead = Math.max(0, position - line.nowServing - 1);
    if (position <= line.nowServing) {
      return new Standing(
          Standing.State.YOUR_TURN, position, 0L, line.nowServing, Optional.empty(), Duration.ZERO);
    }
    var estimate = WaitEstimate.of(ahead, line.history);
    return new Standing(
        Standing.State.WAITING,
        position,
        ahead,
        line.nowServing,
        estimate,
        PollInterval.retryAfter(ahead, estimate));
  }

  /** What everyone may know of a queue, the same for every caller. */
  public Overview overview(long campaign) {
    var window = window(campaign);
    var line = line(campaign);
    return new Overview(
        campaign,
        window.preQueueOpensAt(),
        window.opensAt(),
        line.nowServing,
        rate(line.history.rate(Duration.ofMinutes(1))),
        rate(line.history.rate(HISTORY)));
  }

  /**
   * Moves now-serving on by up to {@code count}, never past the last ticket number handed out, with
   * a compare-and-set so nodes advancing together never lose each other's steps.
   *
   * @return how many places it moved
   */
  long advance(long campaign, long count) {
    var line = line(campaign);
    var order = order(campaign, line);
    var last = order.preQueueSize() + numbers.handedOut(campaign, false);
    var key = "serving:" + campaign;
    for (int attempt = 0; attempt < 8; attempt++) {
      var current = shared().get(key);
      var from = current == null ? 0 : current;
      var to = Math.min(from + count, last);
      if (to <= from) {
        return 0;
      }
      var moved = current == null ? shared().putIfAbsent(key, to) : shared().replace(key, from, to);
      if (moved) {
        return to - from;
      }
    }
    return 0;
  }

  /** Pre-queue places are drawn once the number of pre-queue tickets can no longer change. */
  private QueueOrder order(long campaign, Line line) {
    var order = line.order;
    if (order == null) {
      var key = "prequeue-size:" + campaign;
      shared().putIfAbsent(key, numbers.handedOut(campaign, true));
      order = new QueueOrder(tickets.derivedKey("queue-order:" + campaign), shared().get(key));
      line.order = order;
    }
    return order;
  }

  /** Samples now-serving for every campaign whose waiting room is open; never throws. */
  void sample() {
    try {
      var now = clock.instant();
      for (var campaign : campaigns.current(now)) {
        var opensAt = campaign.opensAt().toInstant();
        if (!now.isBefore(opensAt.minus(Duration.ofMinutes(preQueueMinutes)))) {
          var line = line(campaign.id());
          var serving = shared().get("serving:" + campaign.id());
          line.nowServing = serving == null ? 0 : serving;
          line.history.record(now, line.nowServing);
          line.handedOut =
              numbers.handedOut(campaign.id(), true) + numbers.handedOut(campaign.id(), false);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Queue sample failed; the previous figures stay in use", e);
    }
  }

  QueueWindow window(long campaign) {
    var view = campaigns.find(campaign, clock.instant());
    return QueueWindow.of(
        view.opensAt().toInstant(),
        view.closesAt().toInstant(),
        Duration.ofMinutes(preQueueMinutes));
  }

  private Line line(long campaign) {
    return lines.computeIfAbsent(campaign, this::watched);
  }

  /**
   * A campaign's line, with gauges over what the last sample saw (a scrape does no I/O): people
   * waiting (numbers handed out and not yet reached, counting block tails not yet used), and the
   * wait someone joining now would be shown, the upper end of its range; -1 while unknown.
   */
  private Line watched(long campaign) {
    var line = new Line(new AdmissionHistory(HISTORY));
    var tag = new Tag("campaign", String.valueOf(campaign));
    metrics.gauge("vaxline_queue_length", line, Line::waiting, tag);
    metrics.gauge(
        "vaxline_queue_wait_seconds",
        line,
        l -> WaitEstimate.of(l.waiting(), l.history).map(e -> e.high().toSeconds()).orElse(-1L),
        tag);
    metrics.gauge(
        "vaxline_queue_admitted_per_second",
        line,
        l -> l.history.rate(Duration.ofMinutes(1)).orElse(0),
        tag);
    return line;
  }

  private static Double rate(OptionalDouble measured) {
    return measured.isPresent() ? measured.getAsDouble() : null;
  }

  private static Duration retryAfterUntil(Instant opening, Instant now) {
    var left = Duration.between(now, opening);
    return left.compareTo(Duration.ofSeconds(60)) > 0 ? Duration.ofSeconds(60) : left;
  }

  private Cache<String, Long> shared() {
    if (shared == null) {
      shared = SharedCaches.open(caches, CACHE, String.class, Long.class);
    }
    return shared;
  }

  /** This node's view of one campaign's queue. */
  private static final class Line {
    final AdmissionHistory history;
    volatile long nowServing;
    volatile long handedOut;
    volatile QueueOrder order;

    Line(AdmissionHistory history) {
      this.history = history;
    }

    long waiting() {
      return Math.max(0, handedOut - nowServing);
    }
  }
}
