package org.vaxline.it.fuzz;

import java.util.List;

/**
 * What a hostile client sends instead of a value: text that breaks parsers, queries, pages and
 * paths, numbers past every type, and bodies that are not one JSON value. Kept as data, so the
 * generators stay about where each goes.
 */
final class Hostile {

  private Hostile() {}

  /** Text for any string: control characters, odd Unicode, injections, sizes. */
  static final List<String> STRINGS =
      List.of(
          "",
          " ",
          "\u0000",
          "a\u0000b",
          "\u0001\u0002\u0003\u001f\u007f",
          "\t\r\n",
          "\u0085\u2028\u2029",
          "\ud800",
          "a\udc00b",
          "\ud83d\ude00",
          "\ufeff",
          "\u202etxt.exe",
          "a\u200bb",
          "e\u0301",
          "ﬁ",
          "Ａ１",
          "' OR '1'='1",
          "1; DROP TABLE resident; --",
          "' UNION SELECT null, null --",
          "%' --",
          "\\",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "../../../../etc/passwd",
          "..\\..\\windows\\win.ini",
          "/etc/passwd\u0000.png",
          "file:///etc/passwd",
          "${jndi:ldap://127.0.0.1/a}",
          "#{7*7}",
          "{{7*7}}",
          "%s%s%s%n",
          "%00",
          "null",
          "NaN",
          "-1",
          "9".repeat(400),
          "a".repeat(10_000),
          "가".repeat(3_000));

  /** A path segment or query value sent exactly as written: broken or dangerous encodings. */
  static final List<String> RAW_ENCODINGS =
      List.of(
          "%00",
          "a%00b",
          "%C0%AE",
          "%C0%80",
          "%E0%80%AF",
          "%ED%A0%80",
          "%FF",
          "%ZZ",
          "%",
          "%2",
          "%2F",
          "..%2F..%2Fetc%2Fpasswd",
          "..%5C..%5Cwindows",
          "%2e%2e",
          "%20",
          "+",
          "%0D%0ASet-Cookie:%20x=1",
          "1;x=1",
          "%3Bx%3D1",
          "%25",
          "%E2%80%AE",
          "%EF%BB%BF1");

  /** A JSON value of another type than asked for. */
  static final List<String> WRONG_TYPES =
      List.of("null", "true", "\"1\"", "[]", "{}", "[1]", "{\"a\":1}", "\"\"", "0");

  /** Numbers past int, long and double, and texts that are no JSON number at all. */
  static final List<String> NUMBERS =
      List.of(
          "-0",
          "1e308",
          "-1e308",
          "1e400",
          "1.5",
          "0.0000001",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "2147483648",
          "1" + "0".repeat(400),
          "0x10",
          "01",
          "+1",
          "NaN",
          "Infinity",
          ".5",
          "1e",
          "--1");

  /** Whole bodies that are not one well-formed JSON value of the expected shape. */
  static final List<String> BODIES =
      List.of(
          "",
          " ",
          "null",
          "[]",
          "[{}]",
          "\"x\"",
          "1",
          "{",
          "}",
          "{}}",
          "{\"a\":",
          "{'a':1}",
          "{a:1}",
          "{\"a\":1,}",
          "[1,]",
          "/*c*/{}",
          "{\"__proto__\":{\"admin\":true}}",
          "[".repeat(100_000),
          "{\"a\":".repeat(10_000),
          "\u0000");

  /** Content types that are not the JSON a body must be sent as, and a missing one (null). */
  static final List<String> CONTENT_TYPES =
      java.util.Arrays.asList(
          null,
          "text/plain",
          "application/x-www-form-urlencoded",
          "application/xml",
          "application/json; charset=ISO-8859-1",
          "application/json; charset=UTF-16",
          "application/json; charset=nonsense",
          "application/problem+json",
          "application/merge-patch+json",
          "*/*",
          "application/json, text/plain",
          "json",
          "application/",
          ";",
          "application/json; boundary=\"",
          "APPLICATION/JSON");

  /**
   * One header a hostile client adds or puts in place of the caller's: credentials that cannot be
   * read or are wrong (for a user nobody has, so no account is paused), forged tokens and cookies,
   * forwarded addresses of every form. None is a real principal's.
   */
  static final List<String[]> HEADERS =
      List.of(
          new String[] {"Authorization", "Basic !!!"},
          new String[] {"Authorization", "Basic bg=="},
          new String[] {"Authorization", "Basic bm9ib2R5Og=="},
          new String[] {"Authorization", "Basic bm9ib2R5Ondyb25n"},
          new String[] {"Authorization", "Basic YQBiOnBhc3N3b3Jk"},
          new String[] {"Authorization", "Basic " + "QUFB".repeat(500)},
          new String[] {"Authorization", "Bearer eyJhbGciOiJub25lIn0.e30."},
          new String[] {"Authorization", "basic"},
          new String[] {"Cookie", "vaxline_session=eyJhbGciOiJub25lIn0.e30."},
          new String[] {"Cookie", "vaxline_session=garbage; vaxline_session=more"},
          new String[] {"Cookie", "vaxline_browser=" + "x".repeat(3_000)},
          new String[] {"Cookie", "vaxline_session=\u0001"},
          new String[] {"Vaxline-Admission", "eyJhbGciOiJub25lIn0.e30."},
          new String[] {"Vaxline-Admission", ""},
          new String[] {"Vaxline-Admission", "a.b.c"},
          new String[] {"Vaxline-Ticket", "eyJhbGciOiJIUzI1NiJ9.e30.AAAA"},
          new String[] {"X-Forwarded-For", ""},
          new String[] {"X-Forwarded-For", "unknown"},
          new String[] {"X-Forwarded-For", "192.0.2.1, 192.0.2.2, "},
          new String[] {"X-Forwarded-For", "999.999.999.999"},
          new String[] {"X-Forwarded-For", "::1"},
          new String[] {"X-Forwarded-For", "' OR '1'='1"},
          new String[] {"X-Forwarded-Proto", "https"},
          new String[] {"Accept-Language", "ko-KR;q=abc, *;q=-1"},
          new String[] {"If-None-Match", "\"" + "a".repeat(2_000) + "\""});
}
