package org.vaxline.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vaxline.waitingroom.control.ProofOfWork;

/**
 * Joining a waiting room under wrk. A join is {@code POST tickets} with a solved puzzle, and every
 * puzzle is good for one join within two minutes, so wrk cannot replay one request: before each
 * round, wrk fetches fresh puzzles (a Lua script writes their challenges to files), this class
 * solves them (the node runs with 1-bit puzzles, so solving costs the generator nothing while the
 * node still checks every solution), and a second Lua script hands each wrk thread its share of the
 * solved bodies. A thread that runs out sends spent bodies, which the node refuses, so running
 * short shows as errors, never as a faster figure.
 */
final class JoinLoad {

  private static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern DIFFICULTY = Pattern.compile("\"difficulty\"\\s*:\\s*(\\d+)");

  private static final String FETCH_SCRIPT =
      """
      -- GET puzzle; each thread appends the challenges it receives to its own file.
      local counter = 0
      function setup(thread)
        thread:set("id", counter)
        counter = counter + 1
      end
      function init(args)
        out = io.open(args[1] .. "." .. id, "w")
      end
      function response(status, headers, body)
        if status == 200 then
          out:write(body, "\\n")
        end
      end
      """;

  private static final String JOIN_SCRIPT =
      """
      -- POST tickets, one solved body each; thread k takes every line i with i % threads == k.
      local counter = 0
      function setup(thread)
        thread:set("id", counter)
        counter = counter + 1
      end
      function init(args)
        bodies = {}
        local line_number = 0
        for line in io.lines(args[1]) do
          if line_number % tonumber(args[2]) == id then
            bodies[#bodies + 1] = line
          end
          line_number = line_number + 1
        end
        next_body = 0
      end
      function request()
        next_body = next_body + 1
        local body = bodies[next_body] or bodies[1]
        return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
      end
      """;

  private final URI queue;
  private final String campaign;
  private final Path directory;

  JoinLoad(URI base, String campaign, Path directory) {
    this.queue = base.resolve("/api/queue/" + campaign + "/");
    this.campaign = campaign;
    this.directory = directory;
  }

  String campaign() {
    return campaign;
  }

  URI tickets() {
    return queue.resolve("tickets");
  }

  /** The join script for wrk; its arguments are {@link #solved} and the thread count. */
  Path joinScript() throws IOException {
    return write("bench-join.lua", JOIN_SCRIPT);
  }

  /**
   * At least {@code count} solved join bodies, one per line, in a file: puzzles fetched with wrk
   * ({@code seconds} at a time, {@code threads} threads) until there are enough.
   */
  Path solved(int count, int threads, int seconds) throws Exception {
    var fetch = write("bench-puzzles.lua", FETCH_SCRIPT);
    var bodies = new ArrayList<String>(count);
    while (bodies.size() < count) {
      var prefix = directory.resolve("bench-puzzles.txt");
      var wrk =
          new ProcessBuilder(
                  "wrk",
                  "-t" + threads,
                  "-c64",
                  "-d" + seconds + "s",
                  "-s",
                  fetch.toString(),
                  queue.resolve("puzzle").toString(),
                  "--",
                  prefix.toString())
              .redirectErrorStream(true)
              .start();
      var output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (wrk.waitFor() != 0) {
        throw new IllegalStateException("wrk fetching puzzles failed:\n" + output);
      }
      for (int thread = 0; thread < threads; thread++) {
        var file = Path.of(prefix + "." + thread);
        for (var puzzle : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          bodies.add(solve(puzzle));
        }
        Files.delete(file);
      }
    }
    return Files.write(directory.resolve("bench-join-bodies.txt"), bodies, StandardCharsets.UTF_8);
  }

  private static String solve(String puzzle) {
    var challenge = CHALLENGE.matcher(puzzle);
    var difficulty = DIFFICULTY.matcher(puzzle);
    if (!challenge.find() || !difficulty.find()) {
      throw new IllegalStateException("not a puzzle: " + puzzle);
    }
    var nonce = ProofOfWork.solve(challenge.group(1), Integer.parseInt(difficulty.group(1)));
    return "{\"challenge\":\"%s\",\"nonce\":\"%s\"}".formatted(challenge.group(1), nonce);
  }

  private Path write(String name, String script) throws IOException {
    Files.createDirectories(directory);
    return Files.writeString(directory.resolve(name), script, StandardCharsets.UTF_8);
  }

  /** Posts the bodies with wrk for some seconds; refusals of spent bodies are not errors here. */
  void run(Path bodies, int threads, int seconds) throws Exception {
    var command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c64", "-d" + seconds + "s"));
    command.addAll(wrkArguments(bodies, threads));
    var wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0) {
      throw new IllegalStateException("wrk joining failed:\n" + output);
    }
  }

  /** wrk's arguments for a join round: the script and, after {@code --}, its own arguments. */
  List<String> wrkArguments(Path bodies, int threads) throws IOException {
    return List.of(
        "-s",
        joinScript().toString(),
        tickets().toString(),
        "--",
        bodies.toString(),
        String.valueOf(threads));
  }
}
