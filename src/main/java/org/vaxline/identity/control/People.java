package org.vaxline.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.vaxline.identity.entity.ContactColumn;
import org.vaxline.identity.entity.PersonName;
import org.vaxline.identity.entity.Resident;
import org.vaxline.identity.entity.Resident.PersonView;
import org.vaxline.identity.entity.ResidentRegistrationNumber;
import org.vaxline.platform.control.AuditLog;

/**
 * The identity feature's public service for other features: residents as the facts rules need
 * (birth date, priority groups) and as masked views; never their registration number in clear.
 */
@ApplicationScoped
public class People {

  private static final int SEARCH_LIMIT = 20;

  /**
   * A search unseals at most this many rows that share its two index values: the people of the
   * commonest masked names with one ending of the phone are far fewer in a country's register.
   */
  private static final int SEARCH_CANDIDATES = 1000;

  @PersistenceContext EntityManager em;
  @Inject IdentityKeys keys;
  @Inject AuditLog audit;

  /** The resident with this number, if the name entered is theirs too. */
  public Optional<Resident> find(ResidentRegistrationNumber number, String name) {
    return em.createQuery("select r from Resident r where r.rrnHash = :hash", Resident.class)
        .setParameter("hash", keys.hash(number))
        .getResultStream()
        .findFirst()
        .filter(resident -> nameOf(resident).matches(name));
  }

  /** Whether the resident's registration number has this keyed hash. */
  boolean hasNumber(long resident, byte[] numberHash) {
    return Arrays.equals(em.find(Resident.class, resident).numberHash(), numberHash);
  }

  /** Whether a resident has this id: a reference a client sends may name nobody. */
  public boolean exists(long resident) {
    return em.find(Resident.class, resident) != null;
  }

  /**
   * The name on the register, in full: only for a document the person holds themselves (a vaccine
   * pass names its holder), never for a screen that others see.
   */
  public String name(long resident) {
    return nameOf(em.find(Resident.class, resident)).value();
  }

  public PersonView view(long resident) {
    var found = em.find(Resident.class, resident);
    return found.view(keys.unseal(found.sealedNumber()), nameOf(found));
  }

  /** The phone on the register of a resident just found: where their code goes. */
  public String phoneOf(Resident resident) {
    return opened(ContactColumn.PHONE, resident.sealedPhone());
  }

  /** The phone on the register: where texts about the person's own bookings go. */
  public String phone(long resident) {
    // The column alone: every confirmation asks, and the whole resident is not needed for it.
    // Unsealing it takes microseconds beside the statement.
    var sealed =
        em.createNativeQuery("select phone_sealed from resident where id = ?")
            .setParameter(1, resident)
            .getSingleResult();
    return opened(ContactColumn.PHONE, (byte[]) sealed);
  }

  /** The phones on the register of several people, in one statement: a batch of bookings asks. */
  public Map<Long, String> phones(Collection<Long> residents) {
    var phones = new HashMap<Long, String>();
    if (residents.isEmpty()) {
      return phones;
    }
    List<?> rows =
        em.createNativeQuery("select id, phone_sealed from resident where id = any(?)")
            .setParameter(1, residents.stream().distinct().toArray(Long[]::new))
            .getResultList();
    for (var row : rows) {
      var columns = (Object[]) row;
      phones.put(
          ((Number) columns[0]).longValue(), opened(ContactColumn.PHONE, (byte[]) columns[1]));
    }
    return phones;
  }

  /**
   * Residents with this masked name (김*호) and these last four phone digits, for staff who must find
   * someone (the support desk now, the console later): through the blind indexes, whose few
   * candidates are unsealed so that those who only share an index value are dropped. At most {@link
   * #SEARCH_LIMIT}, in register order; who searched and whom they were shown is audited.
   */
  @Transactional
  public List<PersonView> search(String maskedName, String phoneLastFour, String operator) {
    var masked = PersonName.normalized(maskedName);
    var candidates =
        em.createQuery(
                "select r from Resident r where r.nameIndex = :name and r.phoneIndex = :phone"
                    + " order by r.id",
                Resident.class)
            .setParameter("name", keys.index(ContactColumn.NAME, masked))
            .setParameter("phone", keys.index(ContactColumn.PHONE, phoneLastFour))
            .setMaxResults(SEARCH_CANDIDATES)
            .getResultList();
    var found = new ArrayList<PersonView>();
    for (var resident : candidates) {
      if (found.size() == SEARCH_LIMIT) {
        break;
      }
      var name = nameOf(resident);
      if (name.masked().equals(masked)
          && ContactColumn.PHONE.indexed(phoneOf(resident)).equals(phoneLastFour)) {
        found.add(resident.view(keys.unseal(resident.sealedNumber()), name));
      }
    }
    var shown = found.stream().map(view -> " resident:" + view.ref()).collect(Collectors.joining());
    audit.record(
        "staff:" + operator,
        "resident.searched",
        "residents",
        "found " + found.size() + (found.isEmpty() ? "" : ":" + shown));
    return found;
  }

  /** What eligibility rules may know of a person: nothing that identifies them. */
  public Facts facts(long resident) {
    // One statement, not a find and a query: every hold asks this (a tenth of a hold's time).
    List<?> rows =
        em.createNativeQuery(
                "select r.birth_date, g.group_code from resident r"
                    + " left join resident_group g on g.resident_id = r.id where r.id = ?")
            .setParameter(1, resident)
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalStateException("no resident " + resident);
    }
    var groups = new HashSet<String>();
    for (var row : rows) {
      var group = ((Object[]) row)[1];
      if (group != null) {
        groups.add(group.toString());
      }
    }
    var birthDate = (Date) ((Object[]) rows.get(0))[0];
    return new Facts(resident, birthDate.toLocalDate(), Set.copyOf(groups));
  }

  public Set<String> priorityGroups() {
    return new TreeSet<>(
        groupCodes(em.createNativeQuery("select code from priority_group").getResultList()));
  }

  /**
   * Adds residents, named by registration number, to a priority group (an employer's or a
   * ministry's list). Numbers that match nobody are counted, never echoed back.
   */
  @Transactional
  public GroupChange addToGroup(
      String group, List<ResidentRegistrationNumber> numbers, String operator) {
    if (!priorityGroups().contains(group)) {
      throw new UnknownPriorityGroup(group);
    }
    int added = 0;
    int unmatched = 0;
    for (var number : numbers) {
      var ids =
          em.createQuery("select r.id from Resident r where r.rrnHash = :hash", Long.class)
              .setParameter("hash", keys.hash(number))
              .getResultList();
      if (ids.isEmpty()) {
        unmatched++;
        continue;
      }
      added +=
          em.createNativeQuery(
                  "insert into resident_group (resident_id, group_code) values (?, ?)"
                      + " on conflict do nothing")
              .setParameter(1, ids.get(0))
              .setParameter(2, group)
              .executeUpdate();
    }
    audit.record(
        "staff:" + operator,
        "group.members-added",
        "group:" + group,
        "%d added, %d unmatched, %d listed".formatted(added, unmatched, numbers.size()));
    return new GroupChange(group, added, unmatched);
  }

  private PersonName nameOf(Resident resident) {
    return new PersonName(opened(ContactColumn.NAME, resident.sealedName()));
  }

  private String opened(ContactColumn column, byte[] sealed) {
    if (sealed == null) {
      throw new ContactsNotSealed();
    }
    return keys.unseal(column, sealed);
  }

  private static List<String> groupCodes(List<?> rows) {
    var codes = new ArrayList<String>();
    rows.forEach(row -> codes.add(row.toString()));
    return codes;
  }

  /** A person for the eligibility rules. */
  public record Facts(long resident, LocalDate birthDate, Set<String> groups) {}

  public record GroupChange(String group, int added, int unmatched) {}
}
