package org.vaxline.demo.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.vaxline.demo.entity.ClinicKind;
import org.vaxline.demo.entity.District;
import org.vaxline.demo.entity.Province;

/** The names and addresses of sites, never the same name twice. */
final class ClinicNames {

  private static final List<String> PARTS =
      List.of(
          "연세", "성모", "한빛", "세란", "참사랑", "새봄", "튼튼", "우리", "행복", "열린", "바른", "하나", "미래", "늘푸른",
          "으뜸", "밝은", "온누리", "365", "제일", "중앙", "서울", "사랑");
  private static final List<String> SPECIALTIES =
      List.of("내과", "내과", "내과", "가정의학과", "가정의학과", "소아청소년과", "이비인후과", "정형외과", "외과", "산부인과", "재활의학과");
  private static final List<String> ROADS =
      List.of(
          "중앙로", "시청로", "번영로", "문화로", "평화로", "역전로", "공원로", "학교로", "시장로", "대학로", "희망로", "행복로", "광장로",
          "새마을로", "구청로", "중앙로12번길", "문화로45번길");

  private final SplittableRandom random;
  private final Set<String> taken = new HashSet<>();

  ClinicNames(SplittableRandom random) {
    this.random = random;
  }

  String name(ClinicKind kind, Province province, District district) {
    if (kind == ClinicKind.CENTER) {
      return take(province.shortName() + district.name() + " 예방접종센터");
    }
    String name;
    do {
      name =
          district.shortName()
              + pick(PARTS)
              + (kind == ClinicKind.HOSPITAL ? "병원" : pick(SPECIALTIES) + "의원");
    } while (!taken.add(name));
    return name;
  }

  String address(Province province, District district) {
    return province.nameKo()
        + (district.inAddress() ? " " + district.name() : "")
        + " "
        + pick(ROADS)
        + " "
        + random.nextInt(1, 300);
  }

  private String take(String name) {
    taken.add(name);
    return name;
  }

  private String pick(List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
