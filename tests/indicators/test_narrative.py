from indicators.narrative import paragraphs


def test_the_dossier_paragraph_of_seed_000(seed000, y2023):
    by_key = {p.key: p for p in paragraphs(unit=seed000, period=y2023)}
    assert by_key["dossiers"].text == (
        "Tổng số hồ sơ tiếp nhận trong kỳ là 1.949 hồ sơ (trong đó: trực tuyến 888 hồ sơ, trực tiếp 1.028 hồ sơ, "
        "kỳ trước chuyển qua 33 hồ sơ); đã giải quyết 1.881 hồ sơ, trong đó trước và đúng hạn 1.863 hồ sơ, "
        "đạt tỷ lệ 99,04\u00a0%, quá hạn 18 hồ sơ; đang giải quyết 12 hồ sơ; công dân rút 56 hồ sơ. "
        "Tỷ lệ hồ sơ nộp trực tuyến đạt 46,35\u00a0% so với tổng số hồ sơ được tiếp nhận mới trong kỳ."
    )
    assert (
        by_key["payments"].text
        == "Thực hiện thanh toán trực tuyến phí, lệ phí được 500 lượt với số tiền 5.662.000 đồng."
    )
    assert by_key["staff"].text.startswith(
        "Tổng số cán bộ, công chức là 20 người (trong đó: cán bộ 11 người, công chức 9 người). "
        "Về trình độ chuyên môn: Đại học 19 người, Trung cấp 1 người."
    )


def test_the_satisfaction_and_digitisation_paragraphs_of_seed_001(seed001, y2023):
    by_key = {p.key: p for p in paragraphs(unit=seed001, period=y2023)}
    assert by_key["satisfaction"].text == (
        "Trong kỳ, có 1.032 lượt đánh giá. Kết quả có 757/1.032 lượt đánh giá mức độ “Rất hài lòng”, chiếm tỷ lệ "
        "73,35\u00a0%; 275/1.032 lượt đánh giá mức độ “Hài lòng”, chiếm tỷ lệ 26,65\u00a0%; không có lượt đánh giá "
        "mức độ “Bình thường” và “Không hài lòng”."
    )
    assert "số hóa thành phần hồ sơ: 1.836/3.468 hồ sơ" in by_key["digitisation"].text
    assert by_key["feedback"].text.startswith("Trong kỳ báo cáo, không tiếp nhận phản ánh")


def test_no_figures_no_paragraphs(binh_phuoc, y2023):
    assert paragraphs(unit=binh_phuoc, period=y2023) == []
