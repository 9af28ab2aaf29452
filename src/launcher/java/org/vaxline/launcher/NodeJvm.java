package org.vaxline.launcher;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The node's live heap (what is left in use after full collections) and other diagnostic commands,
 * run with jcmd in the Java process that Payara Micro's start script runs.
 */
final class NodeJvm {

  private static final Pattern HISTOGRAM_LINE =
      Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");

  private final long javaPid;

  NodeJvm(long startScriptPid) {
    javaPid =
        ProcessHandle.of(startScriptPid).stream()
            // The script execs Java, or runs it as a child.
            .flatMap(script -> Stream.concat(Stream.of(script), script.descendants()))
            .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no Java process under the node"))
            .pid();
  }

  /**
   * Kilobytes of objects still reachable after a full collection, as the class histogram counts
   * them. (G1's "used" figure in {@code GC.heap_info} counts the regions in use, not objects: in
   * one run it grew by 32 MB between the two measurements while the classes' live bytes grew by
   * about 3 MB in all.)
   */
  long liveKilobytes() throws Exception {
    return liveBytesByClass().values().stream().mapToLong(Long::longValue).sum() / 1024;
  }

  /**
   * Bytes per class after a full collection ({@code GC.class_histogram} collects first); lines look
   * like {@code " 1: 12345 678901 java.lang.String (java.base@17)"}.
   */
  Map<String, Long> liveBytesByClass() throws Exception {
    var bytes = new HashMap<String, Long>();
    var line = HISTOGRAM_LINE.matcher(jcmd("GC.class_histogram"));
    while (line.find()) {
      bytes.merge(line.group(2), Long.parseLong(line.group(1)), Long::sum);
    }
    return bytes;
  }

  /** Runs a diagnostic command in the node's JVM, such as {@code JFR.start}. */
  String jcmd(String... command) throws Exception {
    var line = new ArrayList<>(List.of("jcmd", String.valueOf(javaPid)));
    line.addAll(List.of(command));
    var process = new ProcessBuilder(line).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
    }
    return output;
  }
}
