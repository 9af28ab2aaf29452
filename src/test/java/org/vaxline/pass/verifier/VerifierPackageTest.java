package org.vaxline.pass.verifier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The verifier is a library a venue app embeds (ARCHITECTURE.md principle 6): no server, database
 * or network API, and no other Vaxline package. Checked in the compiled classes, so a fully
 * qualified name without an import is caught too.
 */
class VerifierPackageTest {

  private static final List<String> FORBIDDEN =
      List.of(
          "jakarta/",
          "javax/ws/",
          "javax/sql/",
          "java/sql/",
          "java/net/http/",
          "java/net/URL",
          "java/net/Socket",
          "java/net/HttpURLConnection");

  /** Any other Vaxline package, named in a class file as org/vaxline/... */
  private static final Pattern OTHER_VAXLINE = Pattern.compile("org/vaxline/(?!pass/verifier/)");

  @Test
  void noVerifierClassNeedsAServerADatabaseTheNetworkOrAnotherVaxlinePackage() throws IOException {
    var folder = Path.of("target/classes/org/vaxline/pass/verifier");
    var classes = classFiles(folder);
    assertFalse(classes.isEmpty(), "no compiled verifier classes in " + folder);
    var offences = new ArrayList<String>();
    for (var file : classes) {
      var constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      FORBIDDEN.stream()
          .filter(constants::contains)
          .forEach(name -> offences.add(file.getFileName() + " uses " + name));
      if (OTHER_VAXLINE.matcher(constants).find()) {
        offences.add(file.getFileName() + " uses another org.vaxline package");
      }
    }
    assertTrue(offences.isEmpty(), String.join("\n", offences));
  }

  private static List<Path> classFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".class")).toList();
    }
  }
}
