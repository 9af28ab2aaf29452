package org.vaxline.platform.control;

import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.Factory;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * Opens a JCache that Hazelcast shares between nodes, creating it on first use. Nodes starting
 * together may both try to create it; whoever loses takes the winner's. Keys and values are JDK
 * types, except the slot counters (allocation), whose entry processors run where the entry lives:
 * every node runs the same application, so each has the classes, but only where the application
 * runs them ({@link #openForApplicationValues}).
 */
public final class SharedCaches {

  private SharedCaches() {}

  public static <K, V> Cache<K, V> open(
      CacheManager caches, String name, Class<K> keys, Class<V> values) {
    return open(caches, name, new MutableConfiguration<K, V>().setTypes(keys, values));
  }

  /**
   * A cache whose values are the application's classes, configured without types: Hazelcast reads a
   * cache's configuration on its own partition threads, which cannot load the application's
   * classes, and a typed configuration failed there with a ClassNotFoundException when a second
   * node first opened the cache (a 500 during the booking storm).
   */
  @SuppressWarnings("unchecked") // the values put are the application's; the cast only names them
  public static <K, V> Cache<K, V> openForApplicationValues(CacheManager caches, String name) {
    return (Cache<K, V>) open(caches, name, new MutableConfiguration<Object, Object>());
  }

  /** Entries expire this long after they were written. */
  public static <K, V> Cache<K, V> expiringAfterWrite(
      CacheManager caches, String name, Class<K> keys, Class<V> values, java.time.Duration life) {
    return expiring(caches, name, keys, values, CreatedExpiryPolicy.factoryOf(duration(life)));
  }

  /** Entries expire this long after they were last written (created or updated). */
  public static <K, V> Cache<K, V> expiringAfterUpdate(
      CacheManager caches, String name, Class<K> keys, Class<V> values, java.time.Duration life) {
    return expiring(caches, name, keys, values, ModifiedExpiryPolicy.factoryOf(duration(life)));
  }

  private static <K, V> Cache<K, V> expiring(
      CacheManager caches,
      String name,
      Class<K> keys,
      Class<V> values,
      Factory<? extends ExpiryPolicy> expiry) {
    return open(
        caches,
        name,
        new MutableConfiguration<K, V>().setTypes(keys, values).setExpiryPolicyFactory(expiry));
  }

  private static Duration duration(java.time.Duration life) {
    return new Duration(TimeUnit.MILLISECONDS, life.toMillis());
  }

  private static <K, V> Cache<K, V> open(
      CacheManager caches, String name, MutableConfiguration<K, V> config) {
    var existing = caches.getCache(name, config.getKeyType(), config.getValueType());
    if (existing != null) {
      return existing;
    }
    try {
      return caches.createCache(name, config);
    } catch (CacheException raced) {
      return caches.getCache(name, config.getKeyType(), config.getValueType());
    }
  }
}
