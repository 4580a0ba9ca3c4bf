from reports.markup import parse, render


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
