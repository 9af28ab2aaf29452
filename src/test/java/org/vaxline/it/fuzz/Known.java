package org.vaxline.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Real values of the demo node that the document's parameters and properties name: campaign, clinic
 * and slot ids gathered through the API before the fuzz, and holds, confirmations, challenges,
 * tickets and passes harvested from its answers as it goes, so generated requests get past "not
 * found" to the rules behind it. A pool is drawn from when the request is generated, so what a
 * batch harvested is used by the next.
 */
final class Known {

  /** Keeps the newest values of a pool: enough variety, bounded memory over a long run. */
  private static final int KEPT = 200;

  /** Harvested from every successful JSON answer: property name to pool. */
  private static final Map<String, String> HARVESTED =
      Map.of(
          "hold", "hold",
          "confirmation", "confirmation",
          "challenge", "challenge",
          "uvci", "uvci",
          "qr", "qr",
          "ticket", "ticket",
          "ref", "ref",
          "slot", "slot");

  private final Map<String, List<String>> pools = new ConcurrentHashMap<>();

  void add(String pool, String value) {
    var values = pools.computeIfAbsent(pool, name -> new ArrayList<>());
    synchronized (values) {
      if (!values.contains(value)) {
        values.add(value);
        if (values.size() > KEPT) {
          values.remove(0);
        }
      }
    }
  }

  /** What the pool holds now. */
  List<String> values(String pool) {
    var values = pools.get(pool);
    if (values == null) {
      return List.of();
    }
    synchronized (values) {
      return List.copyOf(values);
    }
  }

  int size(String pool) {
    var values = pools.get(pool);
    return values == null ? 0 : values.size();
  }

  /**
   * A value of the pool when it has any, else {@code otherwise}: chosen by an index drawn by jqwik,
   * so a seed gives the same choice as long as the pools hold the same values.
   */
  Arbitrary<String> or(String pool, Arbitrary<String> otherwise) {
    return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE), otherwise)
        .as(
            (index, generated) -> {
              var values = pools.get(pool);
              if (values == null) {
                return generated;
              }
              synchronized (values) {
                return values.isEmpty() ? generated : values.get(index % values.size());
              }
            });
  }

  /**
   * The pool a path, query or header parameter or a body property of this operation names, if the
   * demo has real values for it.
   */
  static Optional<String> poolFor(String path, String name) {
    var pool =
        switch (name) {
          case "campaign" -> "campaign";
          case "id" ->
              path.startsWith("/api/operator/campaigns") ? "revisable-campaign" : "campaign";
          case "code" ->
              path.startsWith("/api/clinic")
                  ? "clinic"
                  : path.startsWith("/api/operator/priority-groups")
                      ? "group"
                      : path.equals("/api/pass/check-in") ? "check-in-code" : null;
          case "clinic" -> "clinic";
          case "product", "products" -> "product";
          case "priorityGroups", "group" -> "group";
          case "confirmation" -> "confirmation";
          case "hold" -> "hold";
          case "challenge" -> path.startsWith("/api/queue") ? "puzzle" : "challenge";
          case "reference" -> "challenge";
          case "person", "ref" -> "ref";
          case "slot", "secondSlot" -> "slot";
          case "province" -> "province";
          case "district" -> "district";
          case "registrationNumber", "registrationNumbers" -> "registration-number";
          case "name" -> path.startsWith("/api/operator/campaigns") ? null : "resident-name";
          case "birthDate", "bornFrom", "bornUntil" -> "birth-date";
          case "date", "from", "to", "usableFrom", "firstPositive", "released", "ageOn" -> "date";
          case "at", "opensAt", "closesAt", "rotationUntil" -> "instant";
          case "givenAt", "sampledAt", "notifiedAt" -> "past-instant";
          case "uvci" -> "uvci";
          case "qr" -> "qr";
          case "party" -> "party";
          case "version" -> "version";
          case "Vaxline-Ticket" -> "ticket";
          case "If-None-Match" -> "etag";
          default -> null;
        };
    return Optional.ofNullable(pool);
  }

  /** Takes what a successful answer names into the pools. */
  void harvest(String path, int status, String contentType, String etag, String body) {
    if (etag != null) {
      add("etag", etag);
    }
    if (status < 200 || status > 299 || contentType == null || !contentType.contains("json")) {
      return;
    }
    JsonValue json;
    try (var reader = Json.createReader(new StringReader(body))) {
      json = reader.readValue();
    } catch (RuntimeException notJson) {
      return;
    }
    if (path.startsWith("/api/operator/campaigns") && json instanceof JsonObject campaign) {
      Optional.ofNullable(campaign.get("id"))
          .ifPresent(id -> add("revisable-campaign", id.toString()));
    }
    if (path.equals("/api/me/pass/check-in-code") && json instanceof JsonObject code) {
      Optional.ofNullable(code.getString("code", null)).ifPresent(c -> add("check-in-code", c));
    }
    if (path.endsWith("/puzzle") && json instanceof JsonObject puzzle) {
      Optional.ofNullable(puzzle.getString("challenge", null)).ifPresent(c -> add("puzzle", c));
      return;
    }
    walk(json, 0);
  }

  private void walk(JsonValue value, int depth) {
    if (depth > 6) {
      return;
    }
    if (value instanceof JsonArray array) {
      array.stream().limit(50).forEach(item -> walk(item, depth + 1));
    } else if (value instanceof JsonObject object) {
      object.forEach(
          (name, member) -> {
            var pool = HARVESTED.get(name);
            if (pool != null && member instanceof JsonString text) {
              add(pool, text.getString());
            } else if (pool != null && member.getValueType() == JsonValue.ValueType.NUMBER) {
              add(pool, member.toString());
            } else {
              walk(member, depth + 1);
            }
          });
    }
  }
}
