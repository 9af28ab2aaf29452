-- Reference rows that production needs as much as the demo: the 17 provinces and the COVID-19
-- vaccine products authorised in Korea in 2021-2022.
--
-- EU codes are from the EU Digital COVID Certificate value sets (eHealth Network):
-- vaccine-prophylaxis (SNOMED CT 1119349007 "SARS-CoV-2 mRNA vaccine", ATC J07BX03 "covid-19
-- vaccines"), vaccine-medicinal-product (EU marketing authorisation number) and vaccine-mah-manf
-- (EMA organisation id of the authorisation holder). Intervals follow the KDCA COVID-19 vaccination
-- guidelines of 2021: the recommended interval, the longest allowed (Pfizer and Moderna stretched to
-- six weeks in August 2021 when supply ran short; AstraZeneca 8 to 12 weeks), and the booster
-- interval from December 2021 (three months after the primary series, two after Janssen).

insert into province (code, name_ko, name_en) values
    ('11', '서울특별시', 'Seoul'),
    ('26', '부산광역시', 'Busan'),
    ('27', '대구광역시', 'Daegu'),
    ('28', '인천광역시', 'Incheon'),
    ('29', '광주광역시', 'Gwangju'),
    ('30', '대전광역시', 'Daejeon'),
    ('31', '울산광역시', 'Ulsan'),
    ('36', '세종특별자치시', 'Sejong'),
    ('41', '경기도', 'Gyeonggi'),
    ('42', '강원도', 'Gangwon'),
    ('43', '충청북도', 'North Chungcheong'),
    ('44', '충청남도', 'South Chungcheong'),
    ('45', '전라북도', 'North Jeolla'),
    ('46', '전라남도', 'South Jeolla'),
    ('47', '경상북도', 'North Gyeongsang'),
    ('48', '경상남도', 'South Gyeongsang'),
    ('50', '제주특별자치도', 'Jeju');

insert into vaccine_product (code, name, manufacturer, eu_prophylaxis, eu_product, eu_manufacturer,
                             primary_doses, dose_interval_days, dose_interval_max_days, booster_interval_days) values
    ('PFIZER', 'Comirnaty', 'BioNTech Manufacturing GmbH', '1119349007', 'EU/1/20/1528', 'ORG-100030215', 2, 21, 42, 90),
    ('MODERNA', 'Spikevax', 'Moderna Biotech Spain S.L.', '1119349007', 'EU/1/20/1507', 'ORG-100031184', 2, 28, 42, 90),
    ('ASTRAZENECA', 'Vaxzevria', 'AstraZeneca AB', 'J07BX03', 'EU/1/21/1529', 'ORG-100001699', 2, 56, 84, 90),
    ('JANSSEN', 'COVID-19 Vaccine Janssen', 'Janssen-Cilag International NV', 'J07BX03', 'EU/1/20/1525', 'ORG-100001417', 1, null, null, 60),
    ('NOVAVAX', 'Nuvaxovid', 'Novavax CZ a.s.', 'J07BX03', 'EU/1/21/1618', 'ORG-100032020', 2, 21, 42, 90);
