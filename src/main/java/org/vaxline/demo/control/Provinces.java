package org.vaxline.demo.control;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.vaxline.demo.entity.Bounds;
import org.vaxline.demo.entity.District;
import org.vaxline.demo.entity.Province;

/**
 * The 17 provinces (시·도) as they stood in 2021, with the facts the demo country is built from.
 *
 * <p>Population: resident registration population at the end of 2021 in thousands, rounded and
 * approximate (행정안전부 주민등록 인구통계). District centres and province boxes are approximate, to about a
 * kilometre and a few kilometres. Gyeonggi districts are chosen among those on area code 031 (부천 is
 * on 032, 광명 and 과천 on 02), Gyeongbuk ones among those on 054 (경산 is on 053).
 *
 * <p>Registration-place prefixes: digits 8 and 9 of resident numbers issued before October 2020
 * (지역번호), as commonly published. Cities that became metropolitan cities shared their province's
 * range before, so real numbers match only roughly; here each prefix belongs to one province.
 */
public final class Provinces {

  public static final List<Province> ALL =
      List.of(
          province(
              "11",
              "서울특별시",
              "서울",
              "Seoul",
              9509,
              "02",
              range(0, 8),
              new Bounds(37.41, 37.72, 126.76, 127.19),
              d("중구", 37.5641, 126.9979),
              d("종로구", 37.5730, 126.9794),
              d("강남구", 37.5172, 127.0473),
              d("송파구", 37.5145, 127.1059),
              d("마포구", 37.5663, 126.9019),
              d("노원구", 37.6542, 127.0568),
              d("관악구", 37.4784, 126.9516),
              d("강서구", 37.5509, 126.8495),
              d("영등포구", 37.5264, 126.8962)),
          province(
              "26",
              "부산광역시",
              "부산",
              "Busan",
              3350,
              "051",
              range(9, 12),
              new Bounds(34.88, 35.39, 128.76, 129.31),
              d("해운대구", 35.1631, 129.1635),
              d("부산진구", 35.1628, 129.0532),
              d("동래구", 35.2049, 129.0837),
              d("사하구", 35.1046, 128.9749),
              d("중구", 35.1062, 129.0323),
              d("북구", 35.1972, 128.9903)),
          province(
              "27",
              "대구광역시",
              "대구",
              "Daegu",
              2385,
              "053",
              List.of(67, 68, 69, 76),
              new Bounds(35.60, 36.02, 128.35, 128.77),
              d("중구", 35.8693, 128.6062),
              d("수성구", 35.8582, 128.6306),
              d("달서구", 35.8299, 128.5327),
              d("북구", 35.8858, 128.5828),
              d("동구", 35.8866, 128.6355)),
          province(
              "28",
              "인천광역시",
              "인천",
              "Incheon",
              2948,
              "032",
              range(13, 15),
              new Bounds(37.00, 37.98, 124.60, 126.80),
              d("남동구", 37.4473, 126.7314),
              d("연수구", 37.4100, 126.6783),
              d("부평구", 37.5070, 126.7219),
              d("미추홀구", 37.4635, 126.6502),
              d("서구", 37.5456, 126.6760)),
          province(
              "29",
              "광주광역시",
              "광주",
              "Gwangju",
              1442,
              "062",
              range(55, 56),
              new Bounds(35.05, 35.26, 126.64, 127.02),
              d("동구", 35.1461, 126.9231),
              d("서구", 35.1522, 126.8895),
              d("남구", 35.1330, 126.9026),
              d("북구", 35.1740, 126.9120),
              d("광산구", 35.1396, 126.7937)),
          province(
              "30",
              "대전광역시",
              "대전",
              "Daejeon",
              1455,
              "042",
              List.of(40),
              new Bounds(36.18, 36.50, 127.24, 127.56),
              d("동구", 36.3121, 127.4547),
              d("중구", 36.3255, 127.4211),
              d("서구", 36.3554, 127.3838),
              d("유성구", 36.3623, 127.3563),
              d("대덕구", 36.3467, 127.4156)),
          province(
              "31",
              "울산광역시",
              "울산",
              "Ulsan",
              1122,
              "052",
              List.of(85),
              new Bounds(35.32, 35.72, 128.96, 129.47),
              d("남구", 35.5438, 129.3301),
              d("중구", 35.5694, 129.3325),
              d("동구", 35.5048, 129.4167),
              d("북구", 35.5826, 129.3611),
              d("울주군", 35.5622, 129.1243)),
          province(
              "36",
              "세종특별자치시",
              "세종",
              "Sejong",
              371,
              "044",
              List.of(44),
              new Bounds(36.40, 36.73, 127.14, 127.40),
              d("조치원읍", 36.6011, 127.2979),
              d("한솔동", 36.4800, 127.2553),
              d("도담동", 36.5150, 127.2586),
              d("보람동", 36.4785, 127.2897)),
          province(
              "41",
              "경기도",
              "경기",
              "Gyeonggi",
              13565,
              "031",
              range(16, 25),
              new Bounds(36.89, 38.29, 126.37, 127.85),
              d("수원시", 37.2636, 127.0286),
              d("성남시", 37.4200, 127.1265),
              d("고양시", 37.6584, 126.8320),
              d("용인시", 37.2411, 127.1776),
              d("화성시", 37.1995, 126.8315),
              d("남양주시", 37.6360, 127.2165),
              d("안양시", 37.3943, 126.9568),
              d("평택시", 36.9921, 127.1129),
              d("의정부시", 37.7381, 127.0338),
              d("안산시", 37.3219, 126.8309),
              d("파주시", 37.7599, 126.7800)),
          province(
              "42",
              "강원도",
              "강원",
              "Gangwon",
              1538,
              "033",
              range(26, 34),
              new Bounds(37.02, 38.62, 127.09, 129.36),
              d("춘천시", 37.8813, 127.7298),
              d("원주시", 37.3422, 127.9202),
              d("강릉시", 37.7519, 128.8761),
              d("속초시", 38.2070, 128.5918),
              d("동해시", 37.5247, 129.1143)),
          province(
              "43",
              "충청북도",
              "충북",
              "North Chungcheong",
              1597,
              "043",
              range(35, 39),
              new Bounds(36.00, 37.26, 127.27, 128.66),
              d("청주시", 36.6424, 127.4890),
              d("충주시", 36.9910, 127.9259),
              d("제천시", 37.1326, 128.1910),
              d("음성군", 36.9403, 127.6905)),
          province(
              "44",
              "충청남도",
              "충남",
              "South Chungcheong",
              2119,
              "041",
              List.of(41, 42, 43, 45, 46, 47),
              new Bounds(35.98, 37.07, 125.97, 127.64),
              d("천안시", 36.8151, 127.1139),
              d("아산시", 36.7898, 127.0018),
              d("서산시", 36.7847, 126.4503),
              d("공주시", 36.4465, 127.1190),
              d("홍성군", 36.6012, 126.6608),
              d("당진시", 36.8898, 126.6459)),
          province(
              "45",
              "전라북도",
              "전북",
              "North Jeolla",
              1787,
              "063",
              range(48, 54),
              new Bounds(35.28, 36.16, 125.99, 127.93),
              d("전주시", 35.8242, 127.1480),
              d("익산시", 35.9483, 126.9576),
              d("군산시", 35.9676, 126.7368),
              d("정읍시", 35.5699, 126.8559),
              d("남원시", 35.4164, 127.3905)),
          province(
              "46",
              "전라남도",
              "전남",
              "South Jeolla",
              1832,
              "061",
              range(57, 64),
              new Bounds(33.90, 35.50, 125.06, 127.90),
              d("목포시", 34.8118, 126.3922),
              d("여수시", 34.7604, 127.6622),
              d("순천시", 34.9507, 127.4872),
              d("광양시", 34.9407, 127.6959),
              d("나주시", 35.0159, 126.7108)),
          province(
              "47",
              "경상북도",
              "경북",
              "North Gyeongsang",
              2627,
              "054",
              Stream.of(range(65, 66), range(70, 75), range(77, 81)).flatMap(List::stream).toList(),
              new Bounds(35.57, 37.56, 127.80, 131.90),
              d("포항시", 36.0190, 129.3435),
              d("구미시", 36.1195, 128.3446),
              d("경주시", 35.8562, 129.2247),
              d("안동시", 36.5684, 128.7294),
              d("김천시", 36.1398, 128.1136)),
          province(
              "48",
              "경상남도",
              "경남",
              "South Gyeongsang",
              3314,
              "055",
              Stream.of(range(82, 84), range(86, 92)).flatMap(List::stream).toList(),
              new Bounds(34.46, 35.91, 127.57, 129.22),
              d("창원시", 35.2280, 128.6811),
              d("김해시", 35.2285, 128.8894),
              d("진주시", 35.1800, 128.1076),
              d("양산시", 35.3350, 129.0372),
              d("거제시", 34.8806, 128.6211),
              d("통영시", 34.8544, 128.4331)),
          province(
              "50",
              "제주특별자치도",
              "제주",
              "Jeju",
              676,
              "064",
              range(93, 95),
              new Bounds(33.11, 34.00, 126.08, 126.98),
              d("제주시", 33.4996, 126.5312),
              d("서귀포시", 33.2541, 126.5601)));

  private Provinces() {}

  public static Province byCode(String code) {
    return ALL.stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no province " + code));
  }

  public static int totalPopulation() {
    return ALL.stream().mapToInt(Province::population).sum();
  }

  private static Province province(
      String code,
      String nameKo,
      String shortName,
      String nameEn,
      int population,
      String areaCode,
      List<Integer> placePrefixes,
      Bounds bounds,
      District... districts) {
    return new Province(
        code,
        nameKo,
        shortName,
        nameEn,
        population,
        areaCode,
        placePrefixes,
        bounds,
        List.of(districts));
  }

  private static District d(String name, double latitude, double longitude) {
    return new District(name, latitude, longitude);
  }

  private static List<Integer> range(int first, int last) {
    return IntStream.rangeClosed(first, last).boxed().toList();
  }
}
