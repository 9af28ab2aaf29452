package org.vaxline.it.fuzz;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/** What the fuzz sent and what came back, for the closing summary (manuals/security.md). */
final class Tally {

  private final long started = System.nanoTime();
  private final AtomicLong requests = new AtomicLong();
  private final Map<String, AtomicLong> outsideTheApplication = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> byClass = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> byFlavour = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> succeeded = new ConcurrentHashMap<>();
  private final Set<String> principals = new ConcurrentSkipListSet<>();
  private final Map<String, AtomicLong> batches = new ConcurrentHashMap<>();

  void batch(Principal principal) {
    batches.computeIfAbsent(principal.name(), k -> new AtomicLong()).incrementAndGet();
  }

  void count(Principal principal, FuzzRequest sent, int status, Optional<String> listenerAnswer) {
    requests.incrementAndGet();
    principals.add(principal.name());
    byClass.computeIfAbsent(status / 100 + "xx", k -> new AtomicLong()).incrementAndGet();
    byStatus.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
    byFlavour.computeIfAbsent(sent.flavour(), k -> new AtomicLong()).incrementAndGet();
    listenerAnswer.ifPresent(
        why -> outsideTheApplication.computeIfAbsent(why, k -> new AtomicLong()).incrementAndGet());
    if (status < 300 && listenerAnswer.isEmpty()) {
      succeeded
          .computeIfAbsent(principal.name(), k -> new ConcurrentSkipListSet<>())
          .add(sent.operation().id());
    }
  }

  String summary(int operations) {
    var took = Duration.ofNanos(System.nanoTime() - started);
    var reached = new TreeMap<String, Integer>();
    succeeded.forEach((principal, ids) -> reached.put(principal, ids.size()));
    return """
        OpenAPI fuzz: %d operations x %d principals, batches (one request an operation) by principal %s
          requests sent: %d (%s)
          answers by status class: %s
          answers by status: %s
          answered by the listener before Vaxline: %s
          operations answered 2xx at least once, by principal: %s
          time: %d s
        """
        .formatted(
            operations,
            principals.size(),
            new TreeMap<>(batches),
            requests.get(),
            new TreeMap<>(byFlavour),
            new TreeMap<>(byClass),
            new TreeMap<>(byStatus),
            new TreeMap<>(outsideTheApplication),
            reached,
            took.toSeconds());
  }
}
