package org.tollgate.cli.bench;

import java.util.Optional;

/**
 * Writes a Korean name that a list gives in Latin letters ({@code KIM, Jong Un}, {@code RI Chang Ho},
 * {@code CHOE Ryong-hae}) in Hangul, family name first and without spaces, as Koreans write it (김정은). A
 * table of the syllables of Korean names in the spellings the lists use (McCune-Reischauer without
 * diacritics, as North Korean names are written, and the common South Korean spellings); family names have
 * their own table because one spelling can be a different syllable there (Song: 송 as a family name, 성 in a
 * given name). A name with a syllable the table does not know is not rendered.
 *
 * <p>The benchmark's own table; it is not the engine's romaniser run backwards.
 */
public final class HangulRendering {
    private static final String FAMILY =
            ("kim 김 gim 김 ri 리 rhee 이 lee 이 yi 이 li 리 pak 박 park 박 bak 박 choe 최 choi 최 jong 정 chong 정 jung 정"
                    + " chung 정 kang 강 cho 조 jo 조 yun 윤 yoon 윤 jang 장 chang 장 han 한 o 오 oh 오 so 서 suh 서"
                    + " sin 신 shin 신 kwon 권 hwang 황 an 안 ahn 안 song 송 ryu 류 yu 유 hong 홍 jon 전 chon 전 ko 고"
                    + " mun 문 moon 문 yang 양 son 손 pae 배 paek 백 baek 백 ho 허 nam 남 sim 심 no 노 roh 노 ha 하"
                    + " kwak 곽 cha 차 ju 주 u 우 ku 구 min 민 ra 라 na 나 jin 진 ji 지 om 엄 chae 채 won 원 pang 방"
                    + " kong 공 hyon 현 hyun 현 ham 함 pyon 변 yom 염 to 도 sok 석 ma 마 kil 길 yon 연 wi 위 pyo 표"
                    + " myong 명 ki 기 kye 계 tak 탁 kuk 국 pong 봉 sa 사 in 인 maeng 맹 im 임 rim 림 yom 염");

    private static final String GIVEN =
            ("jong 정 chong 정 jung 정 un 은 eun 은 il 일 chol 철 cheol 철 song 성 sung 성 seong 성 yong 영 young 영"
                    + " yeong 영 ho 호 nam 남 kwang 광 gwang 광 hyok 혁 hyeok 혁 chang 창 myong 명 myung 명 sok 석"
                    + " seok 석 su 수 soo 수 hak 학 hui 희 hee 희 chun 춘 kum 금 geum 금 ok 옥 sun 순 soon 순 ryong 룡"
                    + " hyon 현 hyun 현 jin 진 ju 주 hwa 화 hyang 향 mi 미 hye 혜 kyong 경 gyeong 경 kyung 경 sang 상"
                    + " chil 칠 sam 삼 man 만 chon 천 ung 웅 tok 덕 dok 덕 duk 덕 pok 복 bok 복 kun 군 kuk 국 guk 국 hun 훈"
                    + " hoon 훈 thae 태 tae 태 tu 두 du 두 won 원 hong 홍 in 인 sik 식 ki 기 gi 기 chan 찬 chi 치 ji 지"
                    + " so 소 sin 신 shin 신 nyo 녀 nyong 녕 ryol 렬 yol 열 hyo 효 ae 애 hae 해 pong 봉 bong 봉 kil 길"
                    + " gil 길 jae 재 chae 재 thaek 택 taek 택 u 우 woo 우 ul 울 rim 림 rip 립 ryon 련 ryun 륜 ryu 류"
                    + " yun 윤 yu 유 phyong 평 pyong 평 chung 충 hung 흥 haeng 행 hwan 환 hwi 휘 jun 준 joon 준 kon 곤"
                    + " kap 갑 kyu 규 gyu 규 sop 섭 seop 섭 tong 동 dong 동 ran 란 rang 랑 ri 리 rok 록 myon 면 mun 문"
                    + " mu 무 pom 범 beom 범 pin 빈 bin 빈 se 세 son 선 sun 순 si 시 a 아 an 안 am 암 yang 양 on 온"
                    + " wan 완 yo 여 ye 예 i 이 ja 자 jo 조 jik 직 cho 초 chu 추 chol 철 phal 팔 ha 하 han 한 hang 항"
                    + " hyong 형 hyeong 형 hoe 회 hu 후 uk 욱 kwon 권 kak 각 kyom 겸 nyon 년 ryo 려 rye 례 ryang 량"
                    + " pil 필 phil 필 yop 엽 hyon 현 tal 달 dal 달 sol 솔 myo 묘 kye 계 kwan 관 gwan 관 yon 연 yeon 연"
                    + " o 오 im 임 chin 진 ku 구 ku 구 nak 낙 rak 락 ryok 력 pae 배 paek 백 baek 백 sok 석 kyu 규");

    private HangulRendering() {}

    private static final SyllableRendering RENDERING = new SyllableRendering(FAMILY, GIVEN);

    /** The name in Hangul, or empty when a part of it is not a known syllable. */
    public static Optional<String> render(PersonName name) {
        return RENDERING.render(name);
    }
}
