package org.tollgate.cli.bench;

import java.util.Optional;

/**
 * Writes a Chinese name that a list gives in Hanyu Pinyin ({@code LI, Fangwei}, {@code ZHANG Wei}) in Chinese
 * characters, family name first and without spaces (李方伟). Pinyin does not say which character was meant,
 * so each syllable becomes a common name character with that reading (family names from a table of common
 * surnames); the engine can only be expected to read the characters back, which is what a Chinese query
 * against a pinyin list needs. Characters with more than one common reading are avoided. A name with a
 * syllable the tables do not know (Wade-Giles or Cantonese spellings, for example) is not rendered.
 *
 * <p>The benchmark's own tables.
 */
public final class HanRendering {
    private static final String FAMILY =
            ("zhang 张 wang 王 li 李 zhao 赵 chen 陈 liu 刘 yang 杨 huang 黄 wu 吴 zhou 周 xu 徐 sun 孙 ma 马 zhu 朱"
                    + " hu 胡 guo 郭 he 何 lin 林 luo 罗 gao 高 zheng 郑 liang 梁 xie 谢 song 宋 tang 唐 han 韩 feng 冯"
                    + " deng 邓 cao 曹 peng 彭 xiao 肖 tian 田 dong 董 pan 潘 yuan 袁 cai 蔡 jiang 蒋 yu 于 du 杜 ye 叶"
                    + " cheng 程 wei 魏 su 苏 lu 陆 ding 丁 ren 任 shen 沈 yao 姚 jin 金 fang 方 shi 石 qian 钱 dai 戴"
                    + " xia 夏 zhong 钟 tan 谭 fu 傅 jia 贾 zou 邹 xiong 熊 bai 白 meng 孟 qin 秦 qiu 邱 hou 侯 yin 尹"
                    + " xue 薛 yan 闫 duan 段 lei 雷 long 龙 tao 陶 mao 毛 hao 郝 gu 顾 gong 龚 shao 邵 wan 万 kong 孔"
                    + " cui 崔 kang 康 mo 莫 niu 牛 ge 葛 yi 易 chang 常 wen 温 fan 范 guan 关 hong 洪 shang 尚 liao 廖"
                    + " zhan 詹 bao 鲍 ou 欧 zhuang 庄 ji 纪 ai 艾 xing 邢 an 安 lai 赖 ni 倪 pei 裴 bi 毕 yue 岳 lan 兰"
                    + " chai 柴 tong 童 jiao 焦 ba 巴 rong 荣 ling 凌 mu 穆 shu 舒 qi 齐 ning 宁 jing 景 zhai 翟 miao 苗"
                    + " qu 屈 rao 饶 nie 聂 sheng 盛 lou 娄 tu 涂 xiang 向 bian 边 ban 班 che 车 geng 耿 gan 甘"
                    + " zuo 左 zeng 曾 lv 吕 lyu 吕 lu 卢 dou 窦 ke 柯 hua 华 bo 薄 mi 米 ruan 阮 wei 韦 yun 云");

    private static final String GIVEN =
            ("a 阿 ai 爱 an 安 ang 昂 ao 傲 ba 八 bai 白 ban 斑 bang 邦 bao 宝 bei 贝 ben 本 bi 碧 bian 边 biao 彪"
                    + " bin 斌 bing 兵 bo 波 bu 步 cai 才 can 灿 cang 苍 cao 草 ce 策 cen 岑 ceng 层 cha 茶 chai 柴"
                    + " chan 婵 chang 昌 chao 超 che 彻 chen 晨 cheng 成 chi 驰 chong 崇 chou 酬 chu 楚 chuan 川"
                    + " chuang 创 chun 春 ci 慈 cong 聪 cui 翠 cun 村 da 达 dai 黛 dan 丹 dang 党 dao 道 de 德"
                    + " deng 登 di 迪 dian 典 diao 雕 die 蝶 ding 定 dong 东 dou 斗 du 杜 duan 端 dui 兑 dun 敦 duo 铎"
                    + " e 娥 en 恩 er 尔 fa 发 fan 帆 fang 芳 fei 飞 fen 芬 feng 峰 fu 福 gai 改 gan 甘 gang 刚 gao 高"
                    + " ge 歌 gen 根 geng 耿 gong 功 gou 苟 gu 谷 gua 瓜 guan 冠 guang 光 gui 桂 gun 衮 guo 国 ha 哈"
                    + " hai 海 han 涵 hang 航 hao 浩 he 禾 hei 黑 hen 痕 heng 恒 hong 宏 hou 厚 hu 虎 hua 华 huai 怀"
                    + " huan 欢 huang 煌 hui 辉 hun 魂 huo 火 ji 吉 jia 佳 jian 建 jiang 江 jiao 娇 jie 杰 jin 金"
                    + " jing 晶 jiong 炯 jiu 久 ju 菊 juan 娟 jue 珏 jun 军 ka 卡 kai 凯 kan 侃 kang 康 kao 考 ke 可"
                    + " ken 肯 kong 孔 kou 寇 kuai 快 kuan 宽 kuang 匡 kui 奎 kun 坤 kuo 阔 la 拉 lai 来 lan 兰 lang 朗"
                    + " lao 劳 le 勒 lei 磊 leng 冷 li 丽 lian 莲 liang 亮 liao 辽 lie 烈 lin 林 ling 玲 liu 柳 long 龙"
                    + " lou 楼 lu 露 luan 鸾 lun 伦 luo 洛 lv 绿 lyu 绿 ma 马 mai 麦 man 曼 mang 芒 mao 茂 mei 美"
                    + " men 门 meng 梦 mi 米 mian 勉 miao 妙 min 敏 ming 明 mo 墨 mou 谋 mu 木 na 娜 nai 乃 nan 楠"
                    + " neng 能 ni 妮 nian 年 niang 娘 nie 聂 ning 宁 niu 牛 nong 农 nu 努 nuan 暖 nuo 诺 nv 女 ou 鸥"
                    + " pa 帕 pai 派 pan 攀 pang 庞 pei 佩 peng 鹏 pi 丕 pian 翩 piao 飘 pin 品 ping 平 po 珀 pu 普"
                    + " qi 琪 qia 洽 qian 倩 qiang 强 qiao 巧 qin 琴 qing 青 qiong 琼 qiu 秋 qu 渠 quan 泉 que 雀"
                    + " qun 群 ran 然 rang 让 rao 饶 ren 仁 ri 日 rong 荣 rou 柔 ru 如 ruan 阮 rui 瑞 run 润 ruo 若"
                    + " sa 萨 sai 赛 san 三 sang 桑 se 瑟 sen 森 seng 僧 sha 莎 shan 山 shang 尚 shao 韶 shen 深"
                    + " sheng 胜 shi 世 shou 寿 shu 淑 shuai 帅 shuang 双 shui 水 shun 顺 shuo 硕 si 思 song 松 su 素"
                    + " sui 穗 sun 孙 suo 索 ta 塔 tai 泰 tan 坦 tang 棠 tao 涛 te 特 teng 腾 ti 提 tian 天 tie 铁"
                    + " ting 婷 tong 彤 tu 图 tuan 团 tun 屯 tuo 拓 wa 娃 wan 婉 wang 旺 wei 伟 wen 文 weng 翁 wo 沃"
                    + " wu 武 xi 希 xia 霞 xian 贤 xiang 翔 xiao 晓 xie 谢 xin 欣 xing 星 xiong 雄 xiu 秀 xu 旭"
                    + " xuan 轩 xue 雪 xun 迅 ya 雅 yan 燕 yang 阳 yao 瑶 ye 叶 yi 毅 yin 银 ying 英 yong 勇 you 友"
                    + " yu 宇 yuan 元 yue 月 yun 云 zai 再 zan 赞 zang 臧 zao 早 ze 泽 zeng 增 zha 扎 zhai 翟 zhan 展"
                    + " zhang 章 zhao 钊 zhe 哲 zhen 珍 zheng 政 zhi 志 zhong 忠 zhou 洲 zhu 竹 zhuan 专 zhuang 壮"
                    + " zhui 追 zhun 准 zhuo 卓 zi 子 zong 宗 zou 邹 zu 祖 zuan 钻 zun 尊 zuo 佐");

    private HanRendering() {}

    private static final SyllableRendering RENDERING = new SyllableRendering(FAMILY, GIVEN);

    /** The name in Chinese characters, or empty when a part of it is not a known pinyin syllable. */
    public static Optional<String> render(PersonName name) {
        return RENDERING.render(name);
    }
}
