"""Staff indicators: cán bộ, công chức, người hoạt động không chuyên trách."""

from __future__ import annotations

from indicators.catalogue.base import _i, _sum

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
