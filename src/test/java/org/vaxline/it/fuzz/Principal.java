package org.vaxline.it.fuzz;

import java.util.List;
import org.vaxline.it.RawHttp;

/** Who the fuzz sends a batch as: the credentials every request carries, kept usable. */
interface Principal {

  String name();

  /** Headers every request of this principal carries, unless the request forges its own. */
  List<FuzzRequest.Header> credentials();

  /** Made ready before a batch (a citizen whose admission was spent queues again). */
  default void prepare() throws Exception {}

  /** Learns from an answer what changes the credentials (a changed password, a spent admission). */
  default void observe(FuzzRequest sent, RawHttp.Answer answer) {}

  /** Nobody signed in: only the forwarded address, which per-address limits count by. */
  static Principal anonymous(String address) {
    return new Principal() {
      @Override
      public String name() {
        return "anonymous";
      }

      @Override
      public List<FuzzRequest.Header> credentials() {
        return List.of(new FuzzRequest.Header("X-Forwarded-For", address));
      }
    };
  }
}
