package org.vaxline.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Every REST operation the application declares, found by walking the compiled classes of {@code
 * org.vaxline} for JAX-RS resources: {@code GET /api/clinics/{code}}. Tests compare it with what
 * must hold for all operations.
 */
public final class RestOperations {

  private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");

  private RestOperations() {}

  public static Set<String> declared() {
    return declared((resource, method) -> true);
  }

  /** The operations of resource methods that pass the test, such as carrying an annotation. */
  public static Set<String> declared(BiPredicate<Class<?>, Method> which) {
    var root = VaxlineApi.class.getAnnotation(ApplicationPath.class).value();
    var operations = new TreeSet<String>();
    resources()
        .forEach(
            resource -> {
              var base = resource.getAnnotation(Path.class).value();
              for (var method : resource.getMethods()) {
                if (!which.test(resource, method)) {
                  continue;
                }
                httpMethod(method)
                    .ifPresent(
                        verb -> {
                          var sub = method.getAnnotation(Path.class);
                          var path = join(root, base, sub == null ? "" : sub.value());
                          operations.add(verb + " " + path);
                        });
              }
            });
    return operations;
  }

  private static Stream<Class<?>> resources() {
    try (var files = Files.walk(CLASSES.resolve("org/vaxline"))) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .map(file -> CLASSES.relativize(file).toString())
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .<Class<?>>map(RestOperations::load)
          .filter(type -> type.isAnnotationPresent(Path.class))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.util.Optional<String> httpMethod(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
        .filter(java.util.Objects::nonNull)
        .map(HttpMethod::value)
        .findFirst();
  }

  private static String join(String... parts) {
    var path = "/" + String.join("/", parts);
    path = path.replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RestOperations.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
