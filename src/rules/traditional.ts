/**
 * Traditional → simplified characters for matching (one character each way, so the normalised text
 * keeps one index per source character). ASR engines configured for zh-HK / zh-TW, or customers'
 * own input, produce 錄音 / 投訴 / 銷戶 where the pack says 录音 / 投诉 / 销户; folding here lets every
 * Chinese phrase match both scripts without listing variants. Only characters that never occur in
 * simplified text are listed (著, 乾, 瞭 are left out: they are also simplified characters with
 * other meanings).
 */
const TRADITIONAL = [
  '來係個們側偵偽傑傳債傷傾僅僑價儀億儘償優儲兌兒內兩凍則剎剛創劃劉劍劑勁動務勝勞勢勵勸匯區協卻參叢員問啞啟喚喬單嗎嗚嘆嘗噴',
  '噸嚇嚨嚴囑國圍圓圖團報場塊墳壓壞壽夠夢奪奮婦媽孫學實寧審寫寬將專尋對導屆層屬島帥師帳帶幣幫幾庫廠廢廣廳張強彈彙後徑從復徵',
  '惱愛態慣慮憂憑憶應懲懷戰戲戶掛揚換揮損搶撐撥撫撿擁擇擊擋擔據擠擬擴擺擾攜攤敗敵數斷於時晝暫曆曉書會東條業極構樂樓標樣橋機',
  '檔檢權歡歲歷歸殘殺氣決沒涼減測準溫滿漢潔澤濟灣為烏無煩熱爭爺牆狀獎獨獲現環產畢畫異當療發盡監盤盧眾確碼礎礙禍禮稅種稱積穩',
  '窮競筆節範築簡簽籌糧紀約紅納紙級細終組結絕絡給統絲經綠維網緊緒線練縣縮總織繫繳繼續罰罷義習聖聞聯聰聲職聽肅脈腦腳臉與興舉',
  '舊華萬蓋藍藝藥蘇蘭處虛號虧蟲術衛衝裏補裝裡複見規視親覺覽觀訂計訊託記訪設許訴註詐評詞試話該詳誌認誠誤說誰課調談請諾謀謝證',
  '識譯議護讀變讓讚豐貓貝負財貢貧貨販責貴買貸費貼貿資賓賞賠賣賬賴賺購賽贈贏趕趙躍車軍軟較載輔輕輛輪輸轄轉辦辭辯農這連週進運',
  '過達違遞遠適遲選遺還邊郵鄉鄧鄭醜醫釋針鈔銀銳銷鋪鋼錄錢錯錶鍵鍾鎊鎖鎮鐘鐵鑰長門閃閉開閒間閱關陰陳陸陽隊際隨險隱雖雙雜雞離',
  '難雲電靈靜韋韓響頁頂項順須預頓頗領頭頻題額顏願類顧顯風飄飛飯飲養餓餘館餽饋馬駕騙騰驗驚體髮鬥鬧魚魯鮮鳥鳳鴻麥麵麼黃點黨齊',
  '齒齡龍龜',
].join('');

const SIMPLIFIED = [
  '来系个们侧侦伪杰传债伤倾仅侨价仪亿尽偿优储兑儿内两冻则刹刚创划刘剑剂劲动务胜劳势励劝汇区协却参丛员问哑启唤乔单吗呜叹尝喷',
  '吨吓咙严嘱国围圆图团报场块坟压坏寿够梦夺奋妇妈孙学实宁审写宽将专寻对导届层属岛帅师账带币帮几库厂废广厅张强弹汇后径从复征',
  '恼爱态惯虑忧凭忆应惩怀战戏户挂扬换挥损抢撑拨抚捡拥择击挡担据挤拟扩摆扰携摊败敌数断于时昼暂历晓书会东条业极构乐楼标样桥机',
  '档检权欢岁历归残杀气决没凉减测准温满汉洁泽济湾为乌无烦热争爷墙状奖独获现环产毕画异当疗发尽监盘卢众确码础碍祸礼税种称积稳',
  '穷竞笔节范筑简签筹粮纪约红纳纸级细终组结绝络给统丝经绿维网紧绪线练县缩总织系缴继续罚罢义习圣闻联聪声职听肃脉脑脚脸与兴举',
  '旧华万盖蓝艺药苏兰处虚号亏虫术卫冲里补装里复见规视亲觉览观订计讯托记访设许诉注诈评词试话该详志认诚误说谁课调谈请诺谋谢证',
  '识译议护读变让赞丰猫贝负财贡贫货贩责贵买贷费贴贸资宾赏赔卖账赖赚购赛赠赢赶赵跃车军软较载辅轻辆轮输辖转办辞辩农这连周进运',
  '过达违递远适迟选遗还边邮乡邓郑丑医释针钞银锐销铺钢录钱错表键钟镑锁镇钟铁钥长门闪闭开闲间阅关阴陈陆阳队际随险隐虽双杂鸡离',
  '难云电灵静韦韩响页顶项顺须预顿颇领头频题额颜愿类顾显风飘飞饭饮养饿余馆馈馈马驾骗腾验惊体发斗闹鱼鲁鲜鸟凤鸿麦面么黄点党齐',
  '齿龄龙龟',
].join('');

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) TO_SIMPLIFIED.set(TRADITIONAL[i] ?? '', SIMPLIFIED[i] ?? '');

/** The simplified form of a traditional character, or the character itself. */
export function toSimplified(ch: string): string {
  return TO_SIMPLIFIED.get(ch) ?? ch;
}
