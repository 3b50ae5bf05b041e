"""Query understanding: aliases, situations, homophone slips, long questions (no index needed)."""

from __future__ import annotations

import pytest

from indexer.understand import KEY_CONCEPTS, lexicon, read_query, split_ascii


def _nothing_indexed(word: str) -> int:
    return 0


def _words(text: str, **kw) -> list[str]:
    return read_query(text, doc_freq=_nothing_indexed, **kw).words


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("taobao tuikuan", ["淘宝", "退款"]),
        ("taobaotuikuan", ["淘宝", "退款"]),
        ("zfb转错账", ["支付宝", "转错账"]),
        ("how to cancel iqiyi auto renew", ["取消", "爱奇艺", "自动续费"]),
        ("某宝买的鞋", ["淘宝"]),
        ("花贝退款", ["花呗", "退款"]),
        ("淘寶買錯了東西", ["淘宝"]),
    ],
)
def test_aliases_pinyin_english_and_slang_become_article_words(typed, meant):
    words = _words(typed)
    assert all(m in words for m in meant), words


def test_a_letter_run_splits_only_into_known_aliases():
    lex = lexicon()
    assert split_ascii("douyintuikuan", lex) == ["douyin", "tuikuan"]
    assert split_ascii("zxcvbnm", lex) is None


def test_situations_add_the_actions_articles_name():
    reading = read_query("订的火车票临时去不了了", doc_freq=_nothing_indexed)
    added = {c.word: c.source for c in reading.concepts}
    assert added["退票"].startswith("situation:") and "改签" in added
    assert "转错账" in _words("把钱打给了陌生人怎么办")


def test_an_alias_inside_another_word_is_left_alone():
    # 续费 (renewal) is inside 手续费 (fee): not a question about automatic renewal
    assert "自动续费" not in _words("退票手续费是多少")


def test_a_slip_that_sounds_like_a_lexicon_word_is_respelled():
    assert "运费险" in _words("运废险怎么赔")
    # a window across two real words is never respelled ("一直|退款" does not become 只退款)
    assert "只退款" not in _words("淘宝退款一直没到")


def test_long_questions_keep_key_concepts_and_drop_story_words():
    story = "昨天在某宝买了双鞋 穿了一次就开胶了 卖家说过了七天不管 联系了好几次都不回 我该怎么办"
    reading = read_query(story, doc_freq=lambda w: 1, doc_count=100)
    assert reading.long
    assert "淘宝" in reading.platforms
    assert {"退货", "质量问题"} <= set(reading.words)
    assert {"昨天", "联系", "说"} <= set(reading.dropped)
    own = [c for c in reading.concepts if not c.source.startswith("situation:")]
    assert len(own) <= KEY_CONCEPTS


def test_the_data_directory_extends_the_lexicon(tmp_path):
    (tmp_path / "aliases.txt").write_text("# platforms\n闲鱼 = xianyu xy\n", "utf-8")
    (tmp_path / "situations.txt").write_text("被放鸽子 => 取消订单 退款\n", "utf-8")
    reading = read_query("xy被放鸽子了", str(tmp_path), doc_freq=_nothing_indexed)
    assert reading.platforms == ["闲鱼"]
    assert {"取消订单", "退款"} <= set(reading.words)


def test_every_platform_and_object_is_a_word_of_the_segmenter():
    # jieba's dictionary lacks 抖音, 微信, 唯品会 …: "在抖音上" would cut as 在/抖/音上
    import rjieba

    from indexer.analysis import load_user_dictionary

    load_user_dictionary()
    lex = lexicon()
    names = [w for w, role in lex.roles.items() if role in ("platform", "object")]
    missing = [w for w in names if len(w) > 1 and not w.isascii() and not rjieba.has_word(w)]
    assert missing == []
    assert "抖音" in _words("在抖音上买的火锅套餐券")
    assert "唯品会" in _words("唯品会退货上门取件要钱吗")


@pytest.mark.parametrize(
    ("typed", "meant", "not_meant"),
    [
        # words that only mean something together, in a sentence with unknown words
        ("wechat pay refund to bank card how many days", ["微信", "退款", "银行卡", "多久"], []),
        ("alipay refund how long", ["支付宝", "退款", "多久", "到账"], ["long"]),
        # a letter glued to Chinese is part of a Chinese alias, not a word of its own
        ("b站大会员自动续费了能退钱吗", ["哔哩哔哩", "大会员"], ["b", "站"]),
        ("12306 houbu tuikuan", ["12306", "候补", "退款"], []),
        ("抖音鑽石儲值錯了怎麼退", ["充值", "误充"], []),
    ],
)
def test_english_phrases_and_mixed_aliases(typed, meant, not_meant):
    words = _words(typed)
    assert all(m in words for m in meant), words
    assert not any(n in words for n in not_meant), words


def test_a_slip_glued_to_its_neighbour_by_the_hmm_is_still_respelled():
    # the HMM reads 钱多旧 as one word; the dictionary sees 钱/多/旧, so 多旧 → 多久
    assert "多久" in _words("12306退票钱多旧到账")


def test_an_unread_question_loses_its_particles_a_read_one_keeps_them():
    # nothing in "红烧肉怎么做才不腻" is a lexicon word: 才 must not count as matching
    reading = read_query("红烧肉怎么做才不腻", doc_freq=_nothing_indexed)
    assert "才" not in reading.words and "才" in reading.dropped
    assert "红烧肉" in reading.words
    # a question the lexicon reads keeps its short words (the existing set relies on it)
    assert "才" in _words("淘宝退款才到账")


def test_a_platform_named_by_its_ascii_name_in_a_title_is_named():
    from indexer.query import _mentions_platform

    reading = read_query("携程国际航班取消了怎么全额退", doc_freq=_nothing_indexed)
    assert "携程" in reading.platforms
    page = {"title": "Trip.com 国际机票退款全记录", "url": "https://blog.example/flight-refund/"}
    assert _mentions_platform(page, {}, reading)
    # a word that merely contains the letters is not the name
    other = {"title": "Stripe 退款说明", "url": "https://blog.example/a/"}
    assert not _mentions_platform(other, {}, reading)


def test_situations_also_read_the_text_as_typed():
    # the alias pass turns 拿回 into 退款; "拿回来多少" still asks about the fee
    reading = read_query("机票退了能拿回来多少", doc_freq=_nothing_indexed)
    assert "退款" in reading.words and "手续费" in reading.words


class _Hit:
    """What _title_coverage reads of a Whoosh hit: its matched (field, word) pairs."""

    def __init__(self, *pairs: tuple[str, str]) -> None:
        self.pairs = [(f, w.encode("utf-8")) for f, w in pairs]

    def matched_terms(self):
        return self.pairs


def test_title_coverage_counts_the_question_concepts_a_title_names():
    from indexer.query import _title_coverage

    reading = read_query("淘宝退款到账", doc_freq=_nothing_indexed)
    share = _title_coverage(reading, {"退款": ("退钱",)}, lambda w: 1, 100)
    assert share(_Hit(("title", "淘宝"), ("title", "退钱"), ("title", "到账"))) == 1.0
    # words matched in the body, or repeated in the title, name nothing more
    assert share(_Hit(("title", "淘宝"), ("body", "退款"), ("body", "到账"))) == pytest.approx(
        1 / 3
    )
    # a rarer concept is a larger share of the question
    rare = _title_coverage(reading, {}, lambda w: 1 if w == "到账" else 50, 100)
    assert rare(_Hit(("title", "到账"))) > rare(_Hit(("title", "淘宝")))


def test_a_situation_action_the_index_lacks_is_searched_as_its_words():
    # no article has "订单没成功" as one word; its words 订单 and 成功 are what they say
    def df(word: str) -> int:
        return 0 if word in ("订单没成功", "扣款") else 5

    words = read_query("微信付款了一直没成功 钱扣了", doc_freq=df, doc_count=100).words
    assert "订单" in words and "成功" in words and "订单没成功" not in words
    # when none of its words is indexed either, the action stays whole
    assert "订单没成功" in _words("付款了但是没成功")


def test_a_word_that_starts_with_a_platform_name_names_the_platform():
    assert read_query("美团外卖商家拒绝退款", doc_freq=_nothing_indexed).platforms == ["美团"]
    assert read_query("外卖商家拒绝退款", doc_freq=_nothing_indexed).platforms == []


def test_goods_to_send_back_and_a_late_delivery_are_situations():
    assert "退货" in _words("在网上买的东西怎么退")
    assert "超时" in _words("外卖等了一个多小时还没送到")


def test_explain_says_where_a_platform_and_a_situation_word_came_from():
    from indexer.explain import explain_lines
    from indexer.query import SearchResult

    def df(word: str) -> int:
        return 0 if word == "商家拒绝" else 5

    reading = read_query("美团外卖的商家不给退", doc_freq=df, doc_count=100)
    lines = explain_lines(SearchResult(query="", terms=[], total=0, reading=reading))
    assert any(ln.startswith("平台: 美团 (来自 美团外卖)") for ln in lines), lines
    assert any(ln.startswith("情境: “不给退” →") and "拒绝" in ln for ln in lines), lines


def test_a_platform_name_the_segmenter_cuts_across_is_kept_whole():
    # rjieba reads "在快手上" as 快 / 手上: the question names 快手 all the same
    reading = read_query("在快手上付了钱 币一个都没多", doc_freq=_nothing_indexed)
    assert "快手" in reading.words and "快手" in reading.platforms
    assert "手上" not in reading.words
    # a platform inside a longer word stays there
    assert "美团外卖" in _words("美团外卖怎么退款")


def test_only_a_word_that_sounds_alike_is_a_slip():
    from indexer.understand import sounds_alike

    assert sounds_alike("情", "请") and sounds_alike("销", "消") and sounds_alike("口", "扣")
    # 这张票 is not 这退票, 退完款 is not 退退款, 手滑 is not 手续
    assert not sounds_alike("张", "退") and not sounds_alike("完", "退")
    assert not sounds_alike("滑", "续")


def test_a_concept_matched_only_through_a_sub_word_covers_little_of_it():
    from indexer.query import SUBWORD_WEIGHT, _coverage, _variants

    reading = read_query("哈勃常数的测量方法", doc_freq=_nothing_indexed)
    variants = _variants(reading, {})
    weights = {c.word: c.weight for c in reading.concepts}

    class Hit:  # what Whoosh's hit offers the coverage test
        def __init__(self, *words):
            self.words = words

        def matched_terms(self):
            return [("body", w) for w in self.words]

    whole, _ = _coverage(Hit("测量方法"), reading, variants, weights)
    part, matched = _coverage(Hit("方法"), reading, variants, weights)
    assert matched == ["测量方法"]
    assert part == pytest.approx(whole * SUBWORD_WEIGHT)


def test_english_refund_words_become_article_words_without_a_role():
    reading = read_query("alipay shows refund successful but no money", doc_freq=_nothing_indexed)
    assert {"支付宝", "退款", "成功", "没收到"} <= set(reading.words)
    roles = {c.word: c.role for c in reading.concepts}
    assert roles["支付宝"] == "platform" and roles["成功"] == ""  # "# words" gives no role
    assert "通知" in _words("wechat refund will the other person be notified")
    assert "饿了么" in _words("ele.me refund how many days")


def test_situations_of_round_three_read_what_happened():
    cases = {
        "在快手上付了钱 直播间的币一个都没多": "没到账",
        "火车已经开走了我还没赶上": "开车后",
        "按我尺寸专门做的西装能退吗": "定作",
        "快递显示已经签收了 驿站也没有": "未收到货",
        "不用输密码就直接扣钱了": "免密支付",
        "东西寄回去了 商家签收了就是不退钱": "拖延退款",
    }
    for text, action in cases.items():
        assert action in _words(text), (text, _words(text))


def test_a_situation_told_in_a_sentence_drops_its_function_words():
    reading = read_query(
        "在抖音上买了点私密的东西又退掉了 店家会不会留着我的信息", doc_freq=_nothing_indexed
    )
    assert reading.told and not reading.long
    assert "删除订单" in reading.words  # the situation
    assert {"在", "又", "点"}.isdisjoint(reading.words) and "私密" in reading.words
    # without a situation, a short question keeps every word (没 is its question)
    plain = read_query("外卖刚下单就后悔了 店家还没接单", doc_freq=_nothing_indexed)
    assert not plain.told and "没" in plain.words


def test_a_negated_action_alias_is_not_the_action_asked_for():
    # 寄回 is an alias of 退货, but "不想寄回去" asks to keep the goods
    assert "退货" not in _words("西红柿烂了 不想寄回去")
    assert "退货" in _words("西红柿烂了 寄回去要运费吗")


def test_a_story_keeps_its_own_word_that_a_situation_names():
    story = (
        "在一个叫小熊优选的买菜小程序上退了一箱橙子 页面上早就写着退款成功 "
        "可是我微信零钱里一直没看见 都三天了 下单时还用了张优惠券"
    )
    reading = read_query(story, doc_freq=lambda w: 1, doc_count=100)
    assert reading.long and "退款成功" in reading.words


def test_a_title_about_another_purchase_is_demoted():
    from indexer.query import _names_another_object

    reading = read_query("高铁票改签过了再退 手续费怎么算", doc_freq=_nothing_indexed)
    assert _names_another_object({"title": "携程机票怎么退改签?携程退票手续费怎么算"}, reading)
    assert not _names_another_object({"title": "12306退票手续费怎么收?火车票退票流程"}, reading)
    assert not _names_another_object({"title": "退票手续费怎么算"}, reading)  # names none
    # a question that names no purchase demotes nothing
    plain = read_query("退票手续费怎么算", doc_freq=_nothing_indexed)
    assert not _names_another_object({"title": "携程机票怎么退改签"}, plain)
