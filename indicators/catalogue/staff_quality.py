"""The staff-quality table by category (issue 19): each of cán bộ, công chức and người hoạt động không chuyên
trách counted by sex, by level of education, by IT and language certificate, by political theory and by
state-management training, each count with its share of the category.

Seed 003 (Xã Lai Hưng, 6 tháng đầu năm 2023) prints these as three tables in its section V.2. The shipped
staff indicators (catalogue/staff.py) count cán bộ and công chức together; these split them. A category's
share is of the category as the table counts it, its men plus its women (``staff.<category>.by_sex``):
seed 003's table counts 11 công chức (6 men, 5 women) where its section IV counts 10, and prints its
shares of 11 (10/11 = 90,91 %). Rule ``staff-<category>-sex-sum`` flags a table that counts a category
differently from the headcount. The part-timers' levels of education and political theory that
catalogue/staff.py already has are reused, with a share each.
"""

from __future__ import annotations

from indicators.catalogue.base import P, _i, _sum

CATEGORIES = [
    ("officials", "cán bộ"),
    ("civil_servants", "công chức"),
    ("part_timers", "người hoạt động không chuyên trách"),
]

# suffix, name (the table's row, the seed's words)
ROWS = [
    ("education.postgraduate", "Trình độ chuyên môn: Thạc sĩ"),
    ("education.university", "Trình độ chuyên môn: Đại học"),
    ("education.intermediate", "Trình độ chuyên môn: Trung cấp"),
    ("it_certificate", "Trình độ tin học"),
    ("language_certificate", "Trình độ ngoại ngữ"),
    ("politics.advanced", "Lý luận chính trị: Cao cấp"),
    ("politics.intermediate", "Lý luận chính trị: Trung cấp"),
    ("politics.elementary", "Lý luận chính trị: Sơ cấp"),
    ("politics.none", "Lý luận chính trị: Chưa đào tạo"),
    ("state_management.principal", "Quản lý nhà nước: Chuyên viên chính"),
    ("state_management.specialist", "Quản lý nhà nước: Chuyên viên"),
    ("state_management.none", "Quản lý nhà nước: Chưa đào tạo"),
]

# Already in catalogue/staff.py: not defined again, given a share.
EXISTING = {
    "staff.part_timers.education.university",
    "staff.part_timers.education.intermediate",
    "staff.part_timers.politics.intermediate",
    "staff.part_timers.politics.elementary",
    "staff.part_timers.politics.none",
}


def row_code(category: str, suffix: str) -> str:
    return f"staff.{category}.{suffix}"


def share_code(category: str, suffix: str) -> str:
    """The share of a row: ``staff.civil_servants.politics.elementary.share``."""
    return f"{row_code(category, suffix)}.share"


def base_code(category: str) -> str:
    return f"staff.{category}.by_sex"


def _indicators() -> list[dict]:
    out = []
    for category, name in CATEGORIES:
        out.append(_i(f"staff.{category}.male", "Trong đó: nam", "Người", group="staff"))
        out.append(
            _i(
                base_code(category),
                f"Số {name} theo giới tính (nam và nữ)",
                "Người",
                formula=_sum(f"staff.{category}.male", f"staff.{category}.female"),
                group="staff",
            )
        )
        for suffix, row in ROWS:
            code = row_code(category, suffix)
            if code not in EXISTING:
                out.append(_i(code, f"{row} ({name})", "Người", group="staff"))
            out.append(
                _i(
                    share_code(category, suffix),
                    f"Tỷ lệ {name}, {row[0].lower()}{row[1:]}",
                    "%",
                    P,
                    num=code,
                    den=base_code(category),
                    group="staff",
                )
            )
    return out


STAFF_QUALITY_INDICATORS = _indicators()

# The entered rows, for the staff form (catalogue/forms.py): (label, code).
FORM_ROWS = [
    (f"{name[0].upper()}{name[1:]}: {label}", code)
    for category, name in CATEGORIES
    for label, code in [
        ("nam", f"staff.{category}.male"),
        *[(row, row_code(category, suffix)) for suffix, row in ROWS if row_code(category, suffix) not in EXISTING],
    ]
]

# code, kind, expression, severity, blocks saving, message, requires (as catalogue/rules.py)
SEX_SUM_RULES = [
    (
        f"staff-{category.replace('_', '-')}-sex-sum",
        "expression",
        f"staff.{category} == {base_code(category)}",
        "warning",
        False,
        f"Số {name} theo giới tính (nam và nữ) không bằng số {name}.",
        f"staff.{category}.male",
    )
    for category, name in CATEGORIES
]
