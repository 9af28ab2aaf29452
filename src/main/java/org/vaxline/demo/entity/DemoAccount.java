package org.vaxline.demo.entity;

import java.util.List;
import org.vaxline.staff.entity.StaffRole;

/**
 * A staff account that exists only in demo mode, with a password published in the README so anyone
 * trying the demo can sign in. Never load these where real residents are.
 *
 * @param clinicCode the clinic a clinic administrator belongs to, null for an operator
 */
public record DemoAccount(
    String username, String displayName, String password, StaffRole role, String clinicCode) {

  public static final String OPERATOR_PASSWORD = "vaxline-demo-operator";
  public static final String CLINIC_PASSWORD = "vaxline-demo-clinic";

  /**
   * Clinic codes are fixed by design: Seoul's first site is its centre, Busan's second a clinic.
   */
  public static final List<DemoAccount> ALL =
      List.of(
          new DemoAccount(
              "operator", "중앙 운영자 Central operator", OPERATOR_PASSWORD, StaffRole.OPERATOR, null),
          new DemoAccount(
              "operator2", "중앙 운영자 2 Second operator", OPERATOR_PASSWORD, StaffRole.OPERATOR, null),
          new DemoAccount(
              "clinic1",
              "서울 예방접종센터 관리자 Seoul centre admin",
              CLINIC_PASSWORD,
              StaffRole.CLINIC_ADMIN,
              "C110001"),
          new DemoAccount(
              "clinic2",
              "부산 위탁의료기관 관리자 Busan clinic admin",
              CLINIC_PASSWORD,
              StaffRole.CLINIC_ADMIN,
              "C260002"));

  public DemoAccount {
    if ((role == StaffRole.CLINIC_ADMIN) != (clinicCode != null)) {
      throw new IllegalArgumentException("exactly the clinic administrators belong to a clinic");
    }
  }
}
