package org.vaxline.waitingroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hazelcast.cache.HazelcastCacheManager;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vaxline.it.GridMembers;
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
    var members = GridMembers.start();
    memberA = members[0];
    memberB = members[1];
    assertEquals(2, memberA.getCluster().getMembers().size());
    var cachesA = GridMembers.caches(memberA);
    var cachesB = GridMembers.caches(memberB);
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
}
