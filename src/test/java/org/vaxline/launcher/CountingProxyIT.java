package org.vaxline.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.vaxline.it.TestDatabases;

/**
 * The benchmark's count of database work (issue 14) against a real PostgreSQL: what pgjdbc sends
 * through the counter is counted once per statement, and a transaction once when it ends.
 */
class CountingProxyIT {

  @Test
  void countsStatementsRoundTripsAndTransactionsOnTheWire() throws Exception {
    var database = TestDatabases.fresh("counting");
    try (var counter = new CountingProxy(database.url())) {
      var through = counter.through(database);
      try (var db =
          DriverManager.getConnection(through.url(), through.user(), through.password())) {
        db.createStatement().execute("create table seat (id int primary key, booked int)");
        var before = counter.work();

        db.setAutoCommit(false);
        try (var insert = db.prepareStatement("insert into seat values (?, 0)")) {
          insert.setInt(1, 1);
          insert.executeUpdate();
        }
        try (var update = db.prepareStatement("update seat set booked = booked + 1 where id = ?")) {
          update.setInt(1, 1);
          assertEquals(1, update.executeUpdate());
        }
        db.commit();
        var transaction = counter.work().minus(before);

        assertEquals(1, transaction.transactions(), transaction.per(1));
        assertEquals(1L, transaction.byKind().get("insert"), transaction.per(1));
        assertEquals(1L, transaction.byKind().get("update"), transaction.per(1));
        assertEquals(1L, transaction.byKind().get("commit"), transaction.per(1));
        // pgjdbc sends its BEGIN ahead of the first statement, and it is answered on its own.
        assertEquals(1L, transaction.byKind().get("begin"), transaction.per(1));
        assertEquals(4, transaction.statements(), transaction.per(1));
        assertEquals(4, transaction.roundTrips(), transaction.per(1));

        db.setAutoCommit(true);
        var idle = counter.work();
        assertTrue(db.isValid(5), "an empty query pings");
        var ping = counter.work().minus(idle);
        assertEquals(0, ping.statements(), "a ping is no statement: " + ping.per(1));
        assertEquals(0, ping.transactions(), ping.per(1));
      }
    }
  }
}
