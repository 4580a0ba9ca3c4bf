"""Staff indicators: cán bộ, công chức, người hoạt động không chuyên trách."""

from __future__ import annotations

from indicators.catalogue.base import P, _i, _sum

STAFF_INDICATORS = [
    # Cán bộ, công chức, người hoạt động không chuyên trách
    _i("staff.officials", "Số cán bộ", "Người", group="staff"),
    _i("staff.officials.female", "Trong đó: nữ", "Người", group="staff"),
    _i("staff.civil_servants", "Số công chức", "Người", group="staff"),
    _i("staff.civil_servants.female", "Trong đó: nữ", "Người", group="staff"),
    _i(
        "staff.stated_total", "Tổng số cán bộ, công chức (khi không có số chi tiết)", "Người", agg="none", group="staff"
    ),
    _i(
        "staff.total",
        "Tổng số cán bộ, công chức",
        "Người",
        formula=_sum("staff.officials", "staff.civil_servants"),
        stated="staff.stated_total",
        group="staff",
    ),
    _i("staff.education.postgraduate", "Sau đại học", "Người", group="staff"),
    _i("staff.education.university", "Đại học", "Người", group="staff"),
    _i("staff.education.college", "Cao đẳng", "Người", group="staff"),
    _i("staff.education.intermediate", "Trung cấp", "Người", group="staff"),
    _i("staff.education.other", "Chưa qua đào tạo chuyên môn", "Người", group="staff"),
    _i("staff.politics.advanced", "Cao cấp lý luận chính trị", "Người", group="staff"),
    _i("staff.politics.intermediate", "Trung cấp lý luận chính trị", "Người", group="staff"),
    _i("staff.politics.elementary", "Sơ cấp lý luận chính trị", "Người", group="staff"),
    _i("staff.politics.none", "Chưa qua đào tạo lý luận chính trị", "Người", group="staff"),
    _i(
        "staff.state_management_trained",
        "Đã hoàn thành chương trình bồi dưỡng quản lý nhà nước",
        "Người",
        group="staff",
    ),
    _i("staff.it_certificate", "Có chứng chỉ tin học", "Người", group="staff"),
    _i("staff.language_certificate", "Có chứng chỉ ngoại ngữ", "Người", group="staff"),
    _i("staff.rating.excellent", "Hoàn thành xuất sắc nhiệm vụ", "Người", group="staff"),
    _i("staff.rating.good", "Hoàn thành tốt nhiệm vụ", "Người", group="staff"),
    _i("staff.rating.completed", "Hoàn thành nhiệm vụ", "Người", group="staff"),
    _i("staff.rating.not_completed", "Không hoàn thành nhiệm vụ", "Người", group="staff"),
    _i("staff.part_timers", "Số người hoạt động không chuyên trách", "Người", group="staff"),
    _i("staff.part_timers.female", "Trong đó: nữ", "Người", group="staff"),
    _i("staff.part_timers.education.university", "Đại học", "Người", group="staff"),
    _i("staff.part_timers.education.college", "Cao đẳng", "Người", group="staff"),
    _i("staff.part_timers.education.intermediate", "Trung cấp", "Người", group="staff"),
    _i("staff.part_timers.education.other", "Chưa qua đào tạo chuyên môn", "Người", group="staff"),
    _i("staff.part_timers.politics.intermediate", "Trung cấp lý luận chính trị", "Người", group="staff"),
    _i("staff.part_timers.politics.elementary", "Sơ cấp lý luận chính trị", "Người", group="staff"),
    _i("staff.part_timers.politics.none", "Chưa qua đào tạo lý luận chính trị", "Người", group="staff"),
]

# The shares seed 001 states of its staff (issue 19, Tịnh Châu's II.3 and II.4), so a text prints them as
# live figures: the women of each category, and each level, certificate and training of cán bộ and công chức
# together (staff.total); the annual ratings of the people rated (staff.rating.total, 12 of Tịnh Châu's 20).
RATINGS = ["excellent", "good", "completed", "not_completed"]


def _rate(code: str, name: str, num: str, den: str) -> dict:
    return _i(f"staff.rate.{code}", name, "%", P, num=num, den=den, group="staff")


STAFF_RATE_INDICATORS = [
    _i(
        "staff.rating.total",
        "Số cán bộ, công chức được đánh giá, xếp loại",
        "Người",
        formula=_sum(*(f"staff.rating.{r}" for r in RATINGS)),
        group="staff",
    ),
    _rate("officials_female", "Tỷ lệ nữ trong số cán bộ", "staff.officials.female", "staff.officials"),
    _rate(
        "civil_servants_female", "Tỷ lệ nữ trong số công chức", "staff.civil_servants.female", "staff.civil_servants"
    ),
    *[
        _rate(code.removeprefix("staff."), f"Tỷ lệ cán bộ, công chức: {name[0].lower()}{name[1:]}", code, "staff.total")
        for code, name in [
            ("staff.education.postgraduate", "Sau đại học"),
            ("staff.education.university", "Đại học"),
            ("staff.education.college", "Cao đẳng"),
            ("staff.education.intermediate", "Trung cấp"),
            ("staff.education.other", "Chưa qua đào tạo chuyên môn"),
            ("staff.politics.advanced", "Cao cấp lý luận chính trị"),
            ("staff.politics.intermediate", "Trung cấp lý luận chính trị"),
            ("staff.politics.elementary", "Sơ cấp lý luận chính trị"),
            ("staff.politics.none", "Chưa qua đào tạo lý luận chính trị"),
            ("staff.state_management_trained", "Đã hoàn thành chương trình bồi dưỡng quản lý nhà nước"),
            ("staff.it_certificate", "Có chứng chỉ tin học"),
            ("staff.language_certificate", "Có chứng chỉ ngoại ngữ"),
        ]
    ],
    # Seed 001's combined levels: 20/20 from Cao đẳng up, 16/20 from Sơ cấp political theory up. (Its shares
    # of the cán bộ, 10/11 with a university degree …, are the staff-quality table's, catalogue/staff_quality.)
    _i(
        "staff.education.college_or_above",
        "Có trình độ chuyên môn từ Cao đẳng trở lên",
        "Người",
        formula=_sum("staff.education.postgraduate", "staff.education.university", "staff.education.college"),
        group="staff",
    ),
    _i(
        "staff.politics.elementary_or_above",
        "Có trình độ lý luận chính trị từ Sơ cấp trở lên",
        "Người",
        formula=_sum("staff.politics.advanced", "staff.politics.intermediate", "staff.politics.elementary"),
        group="staff",
    ),
    _rate(
        "education.college_or_above",
        "Tỷ lệ cán bộ, công chức có trình độ chuyên môn từ Cao đẳng trở lên",
        "staff.education.college_or_above",
        "staff.total",
    ),
    _rate(
        "politics.elementary_or_above",
        "Tỷ lệ cán bộ, công chức có trình độ lý luận chính trị từ Sơ cấp trở lên",
        "staff.politics.elementary_or_above",
        "staff.total",
    ),
    *[
        _rate(f"rating.{r}", f"Tỷ lệ {name} trong số người được đánh giá", f"staff.rating.{r}", "staff.rating.total")
        for r, name in zip(
            RATINGS,
            [
                "hoàn thành xuất sắc nhiệm vụ",
                "hoàn thành tốt nhiệm vụ",
                "hoàn thành nhiệm vụ",
                "không hoàn thành nhiệm vụ",
            ],
            strict=True,
        )
    ],
]
