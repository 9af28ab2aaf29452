package org.vaxline.launcher;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The node's live heap: what is left in use after full collections, read with jcmd from the Java
 * process that Payara Micro's start script runs.
 */
final class HeapProbe {

  // G1: " garbage-first heap   total 262144K, used 123456K [0x..."
  private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

  private final long javaPid;

  HeapProbe(long startScriptPid) {
    javaPid =
        ProcessHandle.of(startScriptPid).stream()
            // The script execs Java, or runs it as a child.
            .flatMap(script -> Stream.concat(Stream.of(script), script.descendants()))
            .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no Java process under the node"))
            .pid();
  }

  /** Kilobytes in use after two full collections (one may leave what a finaliser revived). */
  long liveKilobytes() throws Exception {
    jcmd("GC.run");
    jcmd("GC.run");
    var matcher = USED.matcher(jcmd("GC.heap_info"));
    if (!matcher.find()) {
      throw new IllegalStateException("jcmd GC.heap_info printed no heap use");
    }
    return Long.parseLong(matcher.group(1));
  }

  private String jcmd(String command) throws Exception {
    var process =
        new ProcessBuilder("jcmd", String.valueOf(javaPid), command)
            .redirectErrorStream(true)
            .start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
    }
    return output;
  }
}
