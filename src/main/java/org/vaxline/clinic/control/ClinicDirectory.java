package org.vaxline.clinic.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.vaxline.clinic.entity.Clinic;
import org.vaxline.clinic.entity.ClinicPlace;
import org.vaxline.platform.control.SchemaReady;

/**
 * The clinic feature's public service: every clinic's place, held in memory on each node (a few
 * thousand rows that change by the week), so that listing availability never asks the database.
 */
@ApplicationScoped
public class ClinicDirectory {

  private static final Logger LOG = Logger.getLogger(ClinicDirectory.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ClinicDirectory self;
  @Resource ManagedScheduledExecutorService scheduler;

  private volatile Map<Long, ClinicPlace> byId = Map.of();
  private volatile Map<String, ClinicPlace> byCode = Map.of();
  private ScheduledFuture<?> refreshing;
  private volatile long reloadedAt;

  void start(@Observes SchemaReady ready) {
    self.reload();
    refreshing = scheduler.scheduleWithFixedDelay(this::refresh, 1, 1, TimeUnit.MINUTES);
  }

  @PreDestroy
  void stop() {
    if (refreshing != null) {
      refreshing.cancel(false);
    }
  }

  /** The clinic; a clinic added since the last reload is found by reloading once. */
  public Optional<ClinicPlace> byId(long id) {
    var place = byId.get(id);
    if (place == null && reloadedLongAgo()) {
      self.reload();
      place = byId.get(id);
    }
    return Optional.ofNullable(place);
  }

  public Optional<ClinicPlace> byCode(String code) {
    var place = byCode.get(code);
    if (place == null && reloadedLongAgo()) {
      self.reload();
      place = byCode.get(code);
    }
    return Optional.ofNullable(place);
  }

  /** At most one reload in five seconds for unknown clinics, so unknown codes cannot flood it. */
  private boolean reloadedLongAgo() {
    return System.nanoTime() - reloadedAt > TimeUnit.SECONDS.toNanos(5);
  }

  /** Reads every clinic; in a transaction, as Payara wants around JPA on a pool thread. */
  @Transactional
  public void reload() {
    var places =
        em.createQuery("select c from Clinic c", Clinic.class)
            .getResultStream()
            .map(Clinic::place)
            .toList();
    byId =
        places.stream().collect(Collectors.toUnmodifiableMap(ClinicPlace::id, Function.identity()));
    byCode =
        places.stream()
            .collect(Collectors.toUnmodifiableMap(ClinicPlace::code, Function.identity()));
    reloadedAt = System.nanoTime();
  }

  private void refresh() {
    try {
      self.reload();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Clinic directory not refreshed; the next minute tries again", e);
    }
  }
}
