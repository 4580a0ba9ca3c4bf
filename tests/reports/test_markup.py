from reports.markup import live_keys, parse, render


def test_lines_become_paragraphs_and_bullets_keep_their_dashes():
    html = render("Mở đầu.\n- Một\n+ Hai\n\nKết thúc.")
    assert html == '<p>Mở đầu.</p><p class="bullet">- Một</p><p class="sub-bullet">+ Hai</p><p>Kết thúc.</p>'


def test_bold_italic_and_no_raw_html():
    html = render('**Đậm** *nghiêng* <script>alert("x")</script> <b onclick="x">b</b>')
    assert "<strong>Đậm</strong>" in html and "<em>nghiêng</em>" in html
    assert "<script" not in html and "<b " not in html
    assert "&lt;script&gt;" in html and "&lt;b onclick" in html  # shown as typed, never run


def test_footnotes_on_screen_and_in_print():
    text = "Ban hành 01 văn bản[^a].\n[^a]: Quyết định số 01/2023/QĐ-UBND ngày 01/7/2023."
    screen = render(text, anchor="s1")
    assert '<sup class="fn-ref" id="s1-ref-1"><a href="#s1-fn-1">1</a></sup>' in screen
    assert '<li id="s1-fn-1">Quyết định số 01/2023/QĐ-UBND ngày 01/7/2023.' in screen
    printed = render(text, mode="print")
    assert (
        printed
        == '<p>Ban hành 01 văn bản<span class="footnote">Quyết định số 01/2023/QĐ-UBND ngày 01/7/2023.</span>.</p>'
    )


def test_unknown_footnote_reference_stays_as_typed():
    assert "[^zz]" in render("Xem[^zz].")
    assert parse("a\n[^1]: b").footnotes == {"1": "b"}


def test_a_live_block_is_worded_by_the_caller_a_chip_on_screen_and_plain_in_print():
    text = "Kết quả: [[figure:dossiers.received.total]] hồ sơ.\n[[figures.dossiers]]\n[[plans.plan]]"
    blocks = {"figure:dossiers.received.total": "1.949", "figures.dossiers": "Tổng số hồ sơ là **1.949** hồ sơ."}
    screen = render(text, blocks=blocks)
    assert '<span class="live-block" data-key="figure:dossiers.received.total">1.949</span> hồ sơ.' in screen
    assert '<span class="live-block missing" data-key="plans.plan">(chưa có số liệu)</span>' in screen
    printed = render(text, mode="print", blocks=blocks)
    assert printed == (
        "<p>Kết quả: 1.949 hồ sơ.</p><p>Tổng số hồ sơ là <strong>1.949</strong> hồ sơ.</p><p>(chưa có số liệu)</p>"
    )
    assert live_keys(text) == ["figure:dossiers.received.total", "figures.dossiers", "plans.plan"]


def test_a_live_block_cannot_smuggle_html_and_odd_brackets_stay_text():
    html = render("[[x.y]] [[Not A Key]]", blocks={"x.y": '<img src=x onerror="alert(1)">'})
    assert "<img" not in html and "&lt;img" in html and "[[Not A Key]]" in html
