package org.vaxline.waitingroom.entity;

/**
 * How operators steer one campaign's waiting room.
 *
 * @param paused no one is admitted until resumed
 * @param draining no one new may join; those waiting are still admitted
 * @param capPerSecond the most admissions per second, cluster-wide
 */
public record QueueSettings(boolean paused, boolean draining, long capPerSecond) {

  public static final long HIGHEST_CAP = 100_000;

  public QueueSettings {
    if (capPerSecond < 0 || capPerSecond > HIGHEST_CAP) {
      throw new IllegalArgumentException("the cap is 0 to " + HIGHEST_CAP + " per second");
    }
  }

  public static QueueSettings running(long capPerSecond) {
    return new QueueSettings(false, false, capPerSecond);
  }

  /** As kept in the shared cache: plain text, readable by any node. */
  public String text() {
    return paused + "," + draining + "," + capPerSecond;
  }

  public static QueueSettings parse(String text) {
    var parts = text.split(",");
    return new QueueSettings(
        Boolean.parseBoolean(parts[0]), Boolean.parseBoolean(parts[1]), Long.parseLong(parts[2]));
  }
}
