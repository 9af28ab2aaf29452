package org.vaxline.launcher;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * Issue 14: the database work a client does, counted on the wire. The client's JDBC URL points
 * here; every connection is passed on to PostgreSQL byte for byte while its messages are read as
 * they pass (protocol 3.0, "Message Flow"): each Execute or non-empty simple Query is a statement
 * (pgjdbc sends its BEGIN as one, ahead of the transaction's first statement), each ReadyForQuery a
 * round trip (the client waits for it), and a ReadyForQuery that says "idle" after statements ends
 * a transaction (a commit, a rollback or an autocommitted statement).
 *
 * <p>Counted here, not with {@code pg_stat_statements}: that extension must be preloaded, which
 * takes a restart of the PostgreSQL the machine's other users share; the wire is the same for the
 * local server and the embedded one. SSL is declined on the client's behalf (answer {@code N}), so
 * the stream stays readable; the harness talks to PostgreSQL on 127.0.0.1 only.
 */
final class CountingProxy implements AutoCloseable {

  private static final int SSL_REQUEST = 80877103;
  private static final int GSS_REQUEST = 80877104;
  private static final Pattern JDBC_URL =
      Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?(/.*)$");

  /** Counts at one moment; subtract two for the work between them. */
  record Work(long statements, long roundTrips, long transactions, Map<String, Long> byKind) {

    Work minus(Work earlier) {
      var kinds = new TreeMap<>(byKind);
      earlier.byKind.forEach((kind, count) -> kinds.merge(kind, -count, Long::sum));
      kinds.values().removeIf(count -> count == 0);
      return new Work(
          statements - earlier.statements,
          roundTrips - earlier.roundTrips,
          transactions - earlier.transactions,
          kinds);
    }

    Work plus(Work other) {
      var kinds = new TreeMap<>(byKind);
      other.byKind.forEach((kind, count) -> kinds.merge(kind, count, Long::sum));
      return new Work(
          statements + other.statements,
          roundTrips + other.roundTrips,
          transactions + other.transactions,
          kinds);
    }

    static Work none() {
      return new Work(0, 0, 0, Map.of());
    }

    /** "12.0 statements / 9.0 round trips / 2.0 transactions (begin 1.0, ...)" per unit. */
    String per(double units) {
      var kinds = new StringBuilder();
      byKind.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(
              kind ->
                  kinds
                      .append(kinds.length() == 0 ? "" : ", ")
                      .append(kind.getKey())
                      // Two decimals: a rollback in a hundred bookings must not print as 0.0.
                      .append(" %.2f".formatted(kind.getValue() / units)));
      return "%.1f statements / %.1f round trips / %.1f transactions (%s)"
          .formatted(statements / units, roundTrips / units, transactions / units, kinds);
    }
  }

  private final ServerSocket listener;
  private final String host;
  private final int port;
  private final String rest;
  private final ExecutorService pumps =
      Executors.newCachedThreadPool(
          task -> {
            var thread = new Thread(task, "bench-db-counter");
            thread.setDaemon(true); // the harness must end when the measurements do
            return thread;
          });
  private final LongAdder statements = new LongAdder();
  private final LongAdder roundTrips = new LongAdder();
  private final LongAdder transactions = new LongAdder();
  private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();

  /** Listens on an ephemeral port of 127.0.0.1 and passes connections to the URL's server. */
  CountingProxy(String jdbcUrl) throws IOException {
    var url = JDBC_URL.matcher(jdbcUrl);
    if (!url.matches()) {
      throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/... URL: " + jdbcUrl);
    }
    host = url.group(1);
    port = url.group(2) == null ? 5432 : Integer.parseInt(url.group(2));
    rest = url.group(3);
    listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    pumps.execute(this::accept);
  }

  /** The same database, reached through this counter. */
  DatabaseAddress through(DatabaseAddress database) {
    return new DatabaseAddress(
        "jdbc:postgresql://127.0.0.1:" + listener.getLocalPort() + rest,
        database.user(),
        database.password());
  }

  Work work() {
    var kinds = new TreeMap<String, Long>();
    byKind.forEach((kind, count) -> kinds.put(kind, count.sum()));
    return new Work(statements.sum(), roundTrips.sum(), transactions.sum(), kinds);
  }

  @Override
  public void close() throws IOException {
    listener.close();
    pumps.shutdownNow();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        var client = listener.accept();
        var server = new Socket(host, port);
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        var executed = new AtomicBoolean();
        pumps.execute(() -> pump(() -> fromClient(client, server, executed), client, server));
        pumps.execute(() -> pump(() -> fromServer(server, client, executed), client, server));
      } catch (IOException closedOrRefused) {
        if (listener.isClosed()) {
          return;
        }
        // PostgreSQL refused this one connection: the client sees it closed and reports it.
      }
    }
  }

  private interface Pump {
    void run() throws IOException;
  }

  /** Either side closing ends the connection on both. */
  private static void pump(Pump pump, Socket client, Socket server) {
    try {
      pump.run();
    } catch (IOException closed) {
      // The other side's end is this side's end too.
    } finally {
      try {
        client.close();
        server.close();
      } catch (IOException ignored) {
        // Already closed.
      }
    }
  }

  private void fromClient(Socket client, Socket server, AtomicBoolean executed) throws IOException {
    var in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
    var out = new DataOutputStream(new BufferedOutputStream(server.getOutputStream()));
    // The start-up packet has no type byte; an SSL or GSS request comes first, and is declined.
    while (true) {
      var length = in.readInt();
      var code = in.readInt();
      var body = in.readNBytes(length - 8);
      if (code == SSL_REQUEST || code == GSS_REQUEST) {
        client.getOutputStream().write('N');
        continue;
      }
      out.writeInt(length);
      out.writeInt(code);
      out.write(body);
      out.flush();
      break;
    }
    Map<String, String> statementKinds = new HashMap<>();
    Map<String, String> portalKinds = new HashMap<>();
    relay(
        in,
        out,
        (type, body) -> {
          switch (type) {
            case 'Q' -> {
              var kind = kind(cString(body, 0));
              if (!kind.isEmpty()) { // an empty query is a ping (pgjdbc's isValid): no statement
                executed(kind, executed);
              }
            }
            case 'P' -> {
              var name = cString(body, 0);
              statementKinds.put(name, kind(cString(body, utf8Length(name) + 1)));
            }
            case 'B' -> {
              var portal = cString(body, 0);
              var statement = cString(body, utf8Length(portal) + 1);
              portalKinds.put(portal, statementKinds.getOrDefault(statement, "?"));
            }
            case 'E' -> executed(portalKinds.getOrDefault(cString(body, 0), "?"), executed);
            default -> {
              // Sync, Describe, Close, Flush, copy data, passwords: passed on, not counted.
            }
          }
        });
  }

  private void fromServer(Socket server, Socket client, AtomicBoolean executed) throws IOException {
    var in = new DataInputStream(new BufferedInputStream(server.getInputStream()));
    var out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream()));
    relay(
        in,
        out,
        (type, body) -> {
          if (type == 'Z') {
            roundTrips.increment();
            // 'I': idle, outside a transaction; 'T' in one; 'E' in a failed one.
            if (body.length > 0 && body[0] == 'I' && executed.getAndSet(false)) {
              transactions.increment();
            }
          }
        });
  }

  /** What is shown each typed message (its type byte and its body) before it is passed on. */
  private interface Look {
    void at(int type, byte[] body);
  }

  /** Passes typed messages on byte for byte until the stream ends, showing each first. */
  private static void relay(DataInputStream in, DataOutputStream out, Look look)
      throws IOException {
    while (true) {
      var type = in.read();
      if (type < 0) {
        return;
      }
      var length = in.readInt();
      var body = in.readNBytes(length - 4);
      look.at(type, body);
      out.write(type);
      out.writeInt(length);
      out.write(body);
      if (in.available() == 0) {
        out.flush(); // once the sender has said all it had to say, not after every message
      }
    }
  }

  private void executed(String kind, AtomicBoolean executed) {
    statements.increment();
    byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
    executed.set(true);
  }

  /** The statement's first word, lower case: select, insert, update, begin, commit, ... */
  private static String kind(String sql) {
    var trimmed = sql.stripLeading();
    var end = 0;
    while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
      end++;
    }
    return trimmed.substring(0, end).toLowerCase(java.util.Locale.ROOT);
  }

  private static String cString(byte[] body, int from) {
    var end = from;
    while (end < body.length && body[end] != 0) {
      end++;
    }
    return new String(body, from, end - from, StandardCharsets.UTF_8);
  }

  private static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
