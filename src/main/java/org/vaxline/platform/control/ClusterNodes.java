package org.vaxline.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.vaxline.platform.entity.NodeStatus;

/**
 * The live view of the cluster for operators: every node writes a heartbeat into a JCache that
 * Hazelcast shares between nodes, and any node can list them all. An entry that is not renewed
 * expires, so a node that died drops out of the list by itself.
 *
 * <p>Entries are stored as JSON text, so reading them needs no application class on the reading
 * node's Hazelcast side.
 */
@ApplicationScoped
public class ClusterNodes {

  static final String CACHE = "vaxline-nodes";
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Logger LOG = Logger.getLogger(ClusterNodes.class.getName());

  @Inject CacheManager caches;
  @Inject Clock clock;
  @Inject MetricRegistry metrics;
  @Inject DatabaseMigration migration;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "vaxline.cluster.heartbeat-seconds", defaultValue = "5")
  int heartbeatSeconds;

  /** The node's name as IT staff gave it (payara-config/start-node.sh sets it). */
  @Inject
  @ConfigProperty(name = "vaxline.node.name", defaultValue = "unnamed")
  String name;

  /** pid@host: unique even when two nodes were given the same name by mistake. */
  private final String process = ManagementFactory.getRuntimeMXBean().getName();

  private final LongAdder apiRequests = new LongAdder();
  private Cache<String, String> heartbeats;
  private Instant startedAt;
  private ScheduledFuture<?> beating;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    startedAt = clock.instant();
    heartbeats = cache();
    metrics.gauge("vaxline_cluster_nodes", this, nodes -> nodes.list().size());
    beating = scheduler.scheduleAtFixedRate(this::beat, 0, heartbeatSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (beating != null) {
      beating.cancel(false);
      heartbeats.remove(process);
    }
  }

  public void countRequest() {
    apiRequests.increment();
  }

  public List<NodeStatus> list() {
    var nodes = new ArrayList<NodeStatus>();
    heartbeats.forEach(entry -> nodes.add(JSON.fromJson(entry.getValue(), NodeStatus.class)));
    nodes.sort(Comparator.comparing(NodeStatus::name).thenComparing(NodeStatus::process));
    return nodes;
  }

  /** A failed beat is logged and the next one tried: an exception would end the schedule. */
  void beat() {
    try {
      var status =
          new NodeStatus(
              name,
              process,
              startedAt,
              clock.instant(),
              apiRequests.sum(),
              migration.status().ready(),
              migration.poolMax(),
              migration.idleInTransactionTimeout());
      heartbeats.put(process, JSON.toJson(status));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Heartbeat not written to the shared cache", e);
    }
  }

  private Cache<String, String> cache() {
    return SharedCaches.expiringAfterUpdate(
        caches,
        CACHE,
        String.class,
        String.class,
        java.time.Duration.ofSeconds(3L * heartbeatSeconds));
  }
}
