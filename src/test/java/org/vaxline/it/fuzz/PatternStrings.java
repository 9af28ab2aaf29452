package org.vaxline.it.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Strings for the regular expressions of the OpenAPI document: the subset it uses (anchors, classes
 * with ranges and negation, {@code \d}, {@code \xHH}, literals, {@code {n}}, {@code {n,m}}, {@code
 * ?}, {@code +}, {@code *}), as what matches and as its edges (shortest, longest, one too short or
 * long, one character outside its class, a line break or space around it).
 */
final class PatternStrings {

  /** What a negated class draws from: Korean names, Latin text, digits and punctuation. */
  private static final String PLEASANT =
      "가나다라마바사아자차카타파하김이박최정강조윤장임한오서신권황안송류홍길동영호미경성훈지은현우연"
          + " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.'·";

  /**
   * Characters that other classes do not hold or that look like ones they do: a lower-case letter
   * for upper-case codes, a fullwidth and an Arabic-Indic digit for {@code \d}, a space, a NUL.
   */
  private static final List<String> OFF_CLASS =
      List.of("a", "Z", "0", "-", " ", "_", "가", "é", "٣", "０", "\u0000", "\u001f", "/", "%");

  private record Atom(String alphabet, int min, int max) {

    Arbitrary<String> between(int low, int high) {
      return Arbitraries.strings()
          .withChars(alphabet.toCharArray())
          .ofMinLength(low)
          .ofMaxLength(high);
    }
  }

  private final List<Atom> atoms;

  PatternStrings(String pattern) {
    this.atoms = parse(pattern);
  }

  Arbitrary<String> matching() {
    return join(atoms.stream().map(atom -> atom.between(atom.min(), atom.max())).toList());
  }

  Arbitrary<String> edges() {
    var shortest = join(atoms.stream().map(atom -> atom.between(atom.min(), atom.min())).toList());
    var longest = join(atoms.stream().map(atom -> atom.between(atom.max(), atom.max())).toList());
    var last = atoms.get(atoms.size() - 1).alphabet();
    var offClass =
        Combinators.combine(
                matching(), Arbitraries.integers().between(0, 1000), Arbitraries.of(OFF_CLASS))
            .as(PatternStrings::replaceOne);
    return Arbitraries.oneOf(
        shortest,
        longest,
        longest.map(text -> text + last.charAt(0)),
        shortest.filter(text -> !text.isEmpty()).map(text -> text.substring(0, text.length() - 1)),
        offClass,
        matching().map(text -> text + "\n"),
        matching().map(text -> " " + text),
        matching().map(text -> text + " "),
        matching().map(text -> text.toLowerCase(Locale.ROOT)),
        matching().map(PatternStrings::fullwidthDigits));
  }

  private static String replaceOne(String text, int at, String with) {
    if (text.isEmpty()) {
      return with;
    }
    var index = at % text.length();
    return text.substring(0, index) + with + text.substring(index + 1);
  }

  private static String fullwidthDigits(String text) {
    var out = new StringBuilder();
    text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('０' + c - '0') : (char) c));
    return out.toString();
  }

  private static Arbitrary<String> join(List<Arbitrary<String>> parts) {
    return Combinators.combine(parts).as(texts -> String.join("", texts));
  }

  private static List<Atom> parse(String pattern) {
    var body = pattern.replaceFirst("^\\^", "").replaceFirst("\\$$", "");
    var atoms = new ArrayList<Atom>();
    var at = 0;
    while (at < body.length()) {
      String alphabet;
      var c = body.charAt(at);
      if (c == '[') {
        var end = closing(body, at);
        alphabet = charClass(body.substring(at + 1, end));
        at = end + 1;
      } else if (c == '\\') {
        var escape = escape(body, at);
        alphabet = escape.chars();
        at = escape.next();
      } else {
        alphabet = String.valueOf(c);
        at++;
      }
      var min = 1;
      var max = 1;
      if (at < body.length()) {
        switch (body.charAt(at)) {
          case '{' -> {
            var end = body.indexOf('}', at);
            var bounds = body.substring(at + 1, end).split(",");
            min = Integer.parseInt(bounds[0]);
            max = bounds.length > 1 ? Integer.parseInt(bounds[1]) : min;
            at = end + 1;
          }
          case '?' -> {
            min = 0;
            at++;
          }
          case '+' -> {
            max = 8;
            at++;
          }
          case '*' -> {
            min = 0;
            max = 8;
            at++;
          }
          default -> {}
        }
      }
      atoms.add(new Atom(alphabet, min, max));
    }
    return List.copyOf(atoms);
  }

  private static int closing(String body, int open) {
    for (var at = open + 1; at < body.length(); at++) {
      if (body.charAt(at) == '\\') {
        at++;
      } else if (body.charAt(at) == ']') {
        return at;
      }
    }
    throw new IllegalArgumentException("unclosed class in " + body);
  }

  /**
   * The characters a class admits; a negated class admits the pleasant ones it does not exclude.
   */
  private static String charClass(String inside) {
    var negated = inside.startsWith("^");
    var listed = new StringBuilder();
    var at = negated ? 1 : 0;
    while (at < inside.length()) {
      char from;
      if (inside.charAt(at) == '\\') {
        var escape = escape(inside, at);
        if (escape.chars().length() > 1) {
          listed.append(escape.chars());
          at = escape.next();
          continue;
        }
        from = escape.chars().charAt(0);
        at = escape.next();
      } else {
        from = inside.charAt(at++);
      }
      if (at + 1 < inside.length() && inside.charAt(at) == '-') {
        char to;
        if (inside.charAt(at + 1) == '\\') {
          var escape = escape(inside, at + 1);
          to = escape.chars().charAt(0);
          at = escape.next();
        } else {
          to = inside.charAt(at + 1);
          at += 2;
        }
        for (var c = from; c <= to; c++) {
          listed.append(c);
        }
      } else {
        listed.append(from);
      }
    }
    if (!negated) {
      return listed.toString();
    }
    var admitted = new StringBuilder();
    PLEASANT
        .chars()
        .filter(c -> listed.indexOf(String.valueOf((char) c)) < 0)
        .forEach(c -> admitted.append((char) c));
    return admitted.toString();
  }

  private record Escape(String chars, int next) {}

  private static Escape escape(String text, int backslash) {
    var kind = text.charAt(backslash + 1);
    return switch (kind) {
      case 'd' -> new Escape("0123456789", backslash + 2);
      case 'x' ->
          new Escape(
              String.valueOf(
                  (char) Integer.parseInt(text.substring(backslash + 2, backslash + 4), 16)),
              backslash + 4);
      default -> new Escape(String.valueOf(kind), backslash + 2);
    };
  }
}
