"""``found``: a figure is found only whole, and in the forms the portal prints it."""

from tests.desk.seed_fidelity.reading import found


def test_found_is_a_whole_figure():
    assert found("44,8", "đạt 44,84 %") and found("97,1", "97,09 %") and not found("97,1", "97,04 %")
    assert found("1.030", "phát hành 1.030 văn bản")
    assert not found("1.030", "11.030") and not found("30", "1.030") and not found("44,8", "144,8")
    assert not found("1/1", "21/1/2023") and found("01/BC-TKT", "Báo cáo số 01/BC-TKT ngày")
    assert found("46,3", "đạt 46,35 %") and not found("46,3", "đạt 46,36 %") and not found("46,3", "46,2 %")
    assert found("09", "công chức 9 người") and found("09", "09 người") and not found("09", "19 người")
    assert not found("10", "1 người") and not found("1", "01 người")
    assert found("90", "ngoại ngữ 9 (90,00 %)") and not found("90", "90,91 %") and found("70", "- Trung cấp 7 70,00")
    assert not found("90", "190,00") and not found("90", "90,001")
