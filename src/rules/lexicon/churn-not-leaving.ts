/**
 * More look-alikes of leaving (merged into churn_not_leaving, the churn rule's segment exclusion; churn.ts is at the file-size
 * limit): the bank or someone else as the one acting, a move only thought of, money held elsewhere moved on, and one item of
 * several closed.
 */
export const CHURN_NOT_LEAVING_MORE: Record<string, string[]> = {
  churn_not_leaving: [
    // Some day, if ever, and fine for now ("说实话要是你们哪天手续费也乱涨，我就换银行了，不过现在还行"); a delivery platform left ("下个月我就不在
    // 那个平台上了，换别家"); a card's online payments stopped, not the card ("那能不能把这卡的网上支付停了").
    '要是你们哪天', '你们哪天要是', '要是哪天你们', '哪天你们要是', '不过现在还行', '不在那个平台', '不在这个平台', '换个平台', '换平台',
    '网上支付停了', '网上支付关了', '支付功能停了', '支付功能关了',
    // The bank closed it ("I've just found out you closed my account while I was in there"); a father's threat retold ("he says if my brother
    // banks here too he'll move all his money"); money held elsewhere moved on ("要把以前存在别的银行的钱全都转到另一家去"); a relative's card closed
    // for him ("我帮我爸注销他名下的卡"); being with another bank asked about ("And if I'm with another bank now, is that a problem?"); a move
    // only thought of if it happens again ("I might think about switching banks just to start fresh", "要是下次去还这样，我真的会考虑换一家银行").
    'you closed my account', "you've closed my account", 'you shut my account', "he'll move all his", "she'll move all her", 'he says if', 'she says if',
    '存在别的银行', '在别的银行的钱', '他名下的卡', '她名下的卡', '帮我爸注销', '帮我妈注销', "if i'm with another bank", "i'm with another bank now",
    'might think about switching', 'might think about leaving', 'might think about moving', '会考虑换', '得考虑换', '再考虑换',
    // One of several card readers cancelled ("I need to cancel one of my card readers … The main café stays open").
    'one of my card readers', 'one of my card machines', 'one of my card terminals', 'one of my terminals', 'one of the card readers', 'one of the card machines',
    // A move the caller would have to think about, and one only if the bank ever did something ("If you lot couldn't extend it I'd honestly have
    // to think about going elsewhere", "if you lot ever pulled my overdraft in February I'd be off to another bank like a shot, ha"); an old
    // settlement card replaced ("我想改一下我那个POS结算卡，旧卡要注销了").
    'have to think about going', 'have to think about moving', 'have to think about switching', 'have to think about leaving', 'if you lot ever',
    'if you guys ever', '旧卡要注销', '旧卡注销', '旧卡销掉',
    // An event cancelled by the hotel, paid for by card ("我们办的一个年会被酒店取消了，我之前刷卡付的场地定金").
    '被酒店取消', '被对方取消', '被商家取消',
    // Wages bounced from another bank, a move only thought of or threatened if it goes on ("If something like this happens again I might think
    // about going elsewhere", "要是再这样下去，我就把钱都取出来放家里算了").
    'bounced from another bank', 'paid from another bank', 'transfer from another bank', 'might think about going', '要是再这样下去', '放家里算了',
    // A move only if fees went up ("if you ever started charging for SEPA I'd probably think about going elsewhere, but for now that's fine"),
    // a colleague's retold ("我一个同事也教中文的，她说要把账户全搬到别的银行去") and one considered then dropped ("要是这次再拖我们就考虑换家
    // 银行了……哎算了算了 … 不换不换").
    'probably think about going', 'think about going elsewhere', '我一个同事', '她说要把', '他说要把', '就考虑换', '不换不换',
    // A supplier's and a cousin's moves retold ("我那个配件供应商说他们已经把账户全挪到招行去了", "我表哥说他回国以后要把钱全挪到别的银行去"), a
    // pension paid in here ("退休金，每个季度打到你们中行卡上"), a brother's card closed for him by power of attorney ("他委托我帮他把国内的卡销
    // 了") and a bank abroad closing slowly ("那个日本的银行销户销得特别慢").
    '供应商说', '说他们已经', '表哥说', '表姐说', '表弟说', '表妹说', '堂哥说', '堂姐说', '打到你们', '委托我帮他', '委托我帮她', '委托我把',
    '日本的银行', '国外的银行', '那边的银行销户', '那边银行销户',
    // A move taken back at once ("I was ready to close the whole lot and go elsewhere, but no, forget that", "I'll close everything and... no,
    // forget I said that"), a friend's move ("我有个朋友嫌他那家银行收费贵，钱都转走了") and one only if prices rise ("要是以后你们也涨价，我可能也得
    // 考虑考虑换一家").
    'forget that', 'forget i said that', '我有个朋友', '他那家银行', '她那家银行', '考虑考虑换', '要是以后你们',
    // A colleague's move ("A colleague of mine just moved everything to Monzo") and a parent's credit card closed by an attorney while
    // the accounts stay ("I'm attorney for my dad … and I want to close his credit card").
    // Some day, if ever ("要是哪天不放心，我就分开放几家，或者全转走，反正现在先存着").
    '要是哪天不放心', '现在先存着',
    // A fellow apprentice's move ("我师兄上个月嫌你们限额低，把账户都转到别的银行去了") and money asked about moving to a wallet ("那我顺便问一下
    // 这个钱能转到支付宝吗？").
    '我师兄', '我师姐', '我师弟', '我师妹', '这个钱能转到', '能转到支付宝吗', '能转到微信吗',
    // A late mother's card closed ("我妈的账户继承上周办完了 … 想确认一下她那个卡是不是注销了"), a colleague's move ("我们办公室一个老师 … 说要把工资转到
    // 别的银行去"), a move only if a union's deal is better ("if theirs is better I might move, but I don't know yet") and one taken back ("我刚才
    // 都想把卡销了换一家了。算了算了，不换了").
    '账户继承', '她那个卡', '他那个卡', '办公室一个', 'if theirs is better', "but i don't know yet", '算了算了，不换了',
    // Moves asked about only ("If I ever switched banks, would the QR code stop working?", "假如哪天我换个别的银行的卡，那个收款码还能接着用吗？"), a
    // threat taken back ("我就把你们这的卡全销了……算了算了，不是真要销户").
    'if i ever switched', 'if i ever switch', '假如哪天', '不是真要销', '不是真的要销',
    // A move abroad thought of and dropped ("I might close everything here. But honestly, I'll keep it"), a credit card cancelled against
    // gambling ("I keep using it for betting and it's got to go"), a wife's and a colleague's moves ("我媳妇还说要把家里存款转到别的银行",
    // "我们同事说 … 要把工资卡换到别的银行去，我懒得换").
    "but honestly, i'll keep it", "i'll keep it, my", 'using it for betting', 'using it for gambling', '我媳妇还说', '媳妇说要', '我懒得换',
    'a colleague of mine', 'close his credit card', 'close her credit card', 'cancel his credit card', 'cancel her credit card',
    // A move tied to a posting not yet decided: "if it's too much hassle with you I might just move everything over, but that's way off".
    "that's way off", "that's a long way off", 'that is a long way off', "nothing's decided", 'nothing is decided',
    // An insurer left ("明年我肯定换一家保险公司").
    '换一家保险公司', '换家保险公司', '换个保险公司',
    // Teammates who moved, and a move the bank's service talked the caller out of ("我们足球俱乐部的几个队员最近都把钱挪到别的银行去了", "要不是
    // 你们客服每次都挺耐心，我早就想换个银行了").
    '几个队员', '几个同事都', '几个朋友都', '要不是你们',
    // A brother's move retold ("My brother closed his accounts with you last year and went to another bank"), a past thought called off
    // ("本来我都想着干脆把卡销了，算了，不折腾了").
    // A husband's plan dropped ("我老公之前说要把工资卡转到招行去 … 后来比了一下也不转了").
    '我老公之前说', '我老婆之前说', '也不转了',
    // A son's threat retold and a plan called off ("他说要是弄不好，回来就把你们这卡销了", "I'd honestly been planning to close everything and
    // move to another bank this morning. I suppose I won't, for now").
    '他说要是', '她说要是', "i suppose i won't", 'i suppose not now',
    'brother closed his', 'sister closed her', 'father closed his', 'mother closed her', '本来我都想着', '本来都想着',
    // A partner's nagging, peers who moved and a day far off (round 192): "My business partner banks with Monzo and keeps nagging me to
    // switch … I've no plans to, mind", "If I ever sold up I'd probably close everything, but that's years off", "好几家同行都说受不了，
    // 把账户换到别家去了", "要是哪天我不开店了，估计这些卡都得注销，不过那是以后的事了".
    'keeps nagging me', "i've no plans to", 'if i ever sold', "that's years off", 'that is years off', '几家同行', '同行都说', '那是以后的事',
    // A neighbour's move and a move only if rates are better elsewhere (round 193): "My neighbour moved all his banking to Bendigo last
    // year", "要是别家利率比你们高我就换别家存，不过应该差不多吧".
    'my neighbour moved', 'my neighbor moved', '不过应该差不多',
    // A brother-in-law's leaving another bank (round 197): "我姐夫上礼拜刚把他在另一家银行的钱全取了销户了".
    '我姐夫', '我妹夫', '在另一家银行的钱',
    // A supplier's move and shopping around (round 198): "他说他下个月要换银行了，让我以后别往这张卡打了", "我再比较一下，要是别家利率低点我可能就去别家看看了".
    '他说他下个月', '我再比较一下', '去别家看看',
    // Somewhere better for spare money is a product asked for ("I'd like somewhere better to put the extra", round 194).
    'somewhere better to put', 'somewhere better for',
    // A sponsor, a cleaner, a rival club and an employer moving their own banking, and money coming in from another bank (round 201):
    // "Our main sponsor … is switching all their banking to another bank", "Our cleaner is switching her account to another bank",
    // "隔壁那个橄榄球俱乐部说要把账户换到别的银行去", "我老板说下个月开始改用他们公司那个银行给我发工资了", "别的银行转到我这张农行卡上".
    'switching all their banking', 'moving all their banking', 'their banking to', 'is switching her account', 'is switching his account',
    'is moving her account', 'is moving his account', '俱乐部说要', '改用他们公司', '转到我这张', '转到我这个',
    // Whether a card must be closed if the wages go elsewhere, and a move floated while things are fine for now (round 202): "那我要是以后
    // 工资发到别的银行去了，这张卡要不要销", "要是以后老这样我可能考虑换个银行，不过目前还行，先不换".
    '要不要销', '需不需要销', '不过目前还行', '目前还行，先不换',
    // A card cancelled because of what it pays for ("cancel the card we use for our old email marketing subscription", round 203).
    'card we use for',
    // A card terminal's rental cancelled, and a move only had the bank been as slow as the insurer (round 204): "I want to cancel my card
    // terminal rental … Keeping my accounts though", "要是你们银行也这么拖，我早就换银行了" (not bare "card terminal": f114-en-24 moves
    // "the store account and the card terminal").
    'terminal rental', '要是你们银行也', '早就换银行了',
    // A parent's own move retold by a teenager (round 205): "My dad's moving his mortgage to another bank though", "我妈说她想把工资也转到别家去"
    // (not "my mum's moving": "My mum's moving into the care home … I'm moving everything" is f137-en-24's own move).
    "my dad's moving his", "my mum's moving her", "my mom's moving her", 'moving his mortgage', 'moving her mortgage', '我妈说她想', '我爸说他想',
    // An outsourcing firm moving its payroll, and a move thought of until the card was fixed (round 206): "我们保洁公司说下个月代发工资不走你们
    // 银行了", "那工资打到农商行，我转到这张卡收不收费", "刚才我都想着要不这卡不要了，换一家算了，现在弄好了就不折腾了".
    '保洁公司说', '公司说下个月', '我转到这张', '现在弄好了就不折腾', "i was thinking if this didn't", "but that's fine now",
  ],
  // One card or sub-account closed, the rest kept, said anywhere in the call (intent.churn's excludeInCall): "And my current account stays
  // open, right?", "那我储蓄卡不受影响吧？… 我还要继续用", "人民币的卡继续用 … 主账户我还要留着", "演出费还往这卡里打呢，就留着吧", "I'm not
  // planning on going anywhere".
  churn_staying: ['account stays open', 'accounts stay open', '还要继续用', '卡继续用', '我还要留着', '就留着吧', 'not planning on going anywhere',
    // A threat taken back once the problem is fixed (round 193): "Forget what I said about leaving, I'll stay".
    'forget what i said about leaving', 'forget what i said about closing', 'forget what i said about switching',
    // "说实话我都想销户换一家了" … "算了，我这边供应商都绑的你们账户，换起来太麻烦，不换了" (round 196).
    '算了不换了', '算了，不换了', '那就不换了', '换起来太麻烦',
    // One credit card closed, the rest kept (round 197): "不过你们的借记卡我还用，工资都发在那个卡上，公务卡也留着报销要用".
    '卡我还用', '也留着',
    // A threat said in anger, then taken back (round 203): "气得我想把这些卡全注销了" … "刚才我说要注销卡那是气话啊，不注销了"; one card closed,
    // the current account kept ("close our company credit card, we're keeping the current account").
    '不注销了', '那是气话', 'keeping the current account',
    // "Keeping my accounts though, obviously", "算了，也不关你们事，不换不换" (round 204).
    'keeping my accounts', '不换不换',
    // "那算了，不销了，就换个卡号吧" (round 205).
    '不销了'],
};
