package org.vaxline.waitingroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hazelcast.cache.HazelcastCacheManager;
import com.hazelcast.cache.impl.HazelcastServerCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.control.SettableClock;
import org.vaxline.waitingroom.entity.Ticket;

/**
 * Admissions over two Hazelcast members, as two Payara nodes share them: an admission spent on one
 * is refused on the other, and with the shared state gone everyone is refused (fail closed).
 */
class AdmissionsAcrossNodesIT {

  private static final byte[] KEY =
      "admission-key-admission-key-0123".getBytes(StandardCharsets.UTF_8);
  private static final Ticket TICKET =
      new Ticket("ticket-1", 7, false, 3, Instant.parse("2021-07-19T11:00:00Z"));

  private final SettableClock clock = new SettableClock(Instant.parse("2021-07-19T11:05:00Z"));
  private final AdmissionTokens tokens = new AdmissionTokens(KEY, clock);
  private HazelcastInstance memberA;
  private HazelcastInstance memberB;
  private Admissions nodeA;
  private Admissions nodeB;

  @BeforeEach
  void twoMembers() {
    var cluster = "admissions-" + UUID.randomUUID();
    memberA = Hazelcast.newHazelcastInstance(config(cluster));
    memberB = Hazelcast.newHazelcastInstance(config(cluster));
    assertEquals(2, memberA.getCluster().getMembers().size());
    var cachesA = caches(memberA);
    var cachesB = caches(memberB);
    assertNotSame(
        ((HazelcastCacheManager) cachesA).getHazelcastInstance(),
        ((HazelcastCacheManager) cachesB).getHazelcastInstance(),
        "each node reaches the shared state through its own member");
    nodeA = new Admissions(cachesA, tokens);
    nodeB = new Admissions(cachesB, tokens);
  }

  @AfterEach
  void shutdown() {
    Hazelcast.shutdownAll();
  }

  @Test
  void anAdmissionSpentOnOneNodeIsRefusedOnTheOther() {
    var token = tokens.sign(tokens.admit(TICKET, "browser-a"));
    var onA = nodeA.requireAny(token, "browser-a");
    nodeB.requireAny(token, "browser-a");
    nodeA.spend(onA);
    assertEquals(
        "admission-spent",
        slug(assertThrows(AdmissionRefused.class, () -> nodeB.requireAny(token, "browser-a"))));
    assertEquals(
        "admission-spent", slug(assertThrows(AdmissionRefused.class, () -> nodeB.spend(onA))));
  }

  @Test
  void forgedExpiredAndOtherBrowsersAdmissionsAreRefusedOnEveryNode() {
    var token = tokens.sign(tokens.admit(TICKET, "browser-a"));
    for (var node : new Admissions[] {nodeA, nodeB}) {
      assertEquals(
          "admission-required",
          slug(assertThrows(AdmissionRefused.class, () -> node.requireAny(null, "browser-a"))));
      assertEquals(
          "admission-invalid",
          slug(
              assertThrows(
                  AdmissionRefused.class,
                  () ->
                      node.requireAny(
                          token.substring(0, token.length() - 3) + "AAA", "browser-a"))));
      assertEquals(
          "admission-invalid",
          slug(assertThrows(AdmissionRefused.class, () -> node.requireAny(token, "browser-b"))));
    }
    clock.advance(Duration.ofMinutes(10));
    assertEquals(
        "admission-invalid",
        slug(assertThrows(AdmissionRefused.class, () -> nodeB.requireAny(token, "browser-a"))));
  }

  @Test
  void withTheSharedStateGoneEveryoneIsRefused() {
    var token = tokens.sign(tokens.admit(TICKET, "browser-a"));
    nodeA.requireAny(token, "browser-a");
    memberB.shutdown();
    memberA.shutdown();
    var refused = assertThrows(QueueUnavailable.class, () -> nodeA.requireAny(token, "browser-a"));
    assertEquals(503, refused.problem().status());
    assertEquals("urn:vaxline:problem:queue-unavailable", refused.problem().type().toString());
  }

  private static String slug(AdmissionRefused refused) {
    var type = refused.problem().type().toString();
    return type.substring(type.lastIndexOf(':') + 1);
  }

  /**
   * The cache manager a node gets: a member-side provider of its own (the default one would connect
   * as a client, and hands every caller the same manager), with the default URI, since Hazelcast
   * scopes cache names by it.
   */
  private static javax.cache.CacheManager caches(HazelcastInstance member) {
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
