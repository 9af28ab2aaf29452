package org.vaxline.it;

import com.hazelcast.cache.impl.HazelcastServerCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.UUID;
import javax.cache.CacheManager;

/** Two Hazelcast members on this machine, as two Payara nodes form them, without Payara. */
public final class GridMembers {

  private GridMembers() {}

  /** Two members of a new cluster of their own; {@code Hazelcast.shutdownAll()} ends them. */
  public static HazelcastInstance[] start() {
    var cluster = "vaxline-test-" + UUID.randomUUID();
    return new HazelcastInstance[] {
      Hazelcast.newHazelcastInstance(config(cluster)),
      Hazelcast.newHazelcastInstance(config(cluster))
    };
  }

  /**
   * The cache manager a node gets: a member-side provider of its own (the default one would connect
   * as a client, and hands every caller the same manager), with the default URI, since Hazelcast
   * scopes cache names by it.
   */
  public static CacheManager caches(HazelcastInstance member) {
    return new HazelcastServerCachingProvider(member).getCacheManager();
  }

  private static Config config(String cluster) {
    var config = new Config().setClusterName(cluster);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "jdk");
    var network = config.getNetworkConfig().setPort(5951).setPortAutoIncrement(true);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    var join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:5951").addMember("127.0.0.1:5952");
    return config;
  }
}
