"""The whole-site scorer (tools/evaluation/sites.py): what it grades and what it leaves out."""


def test_the_site_scorer_skips_a_title_the_grader_left_null():
    from tools.evaluation.sites import score_record

    exp = {"title": None, "published": "2024-03-15T10:20:00+08:00", "views": None}
    rec = {"title": "微博正文", "published": "2024-03-15T10:20:00+08:00", "views": None}
    assert score_record(exp, rec) == {"published": 1.0, "views": 1.0}
    assert score_record({**exp, "title": "标题"}, rec)["title"] == 0.0
