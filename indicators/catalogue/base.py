"""Shared vocabulary of the catalogue files: value types, the indicator helper, code prefixes."""

from __future__ import annotations

NO_YES = [[0, "Không"], [1, "Có"]]
NOT_DOING_DONE = [[0, "Chưa"], [1, "Đang làm"], [2, "Hoàn thành"]]

# code, name, the role of the office that consolidates the group (units.models.OfficeRole: each province
# names its offices, units.wording; seed 001 prints Quảng Ngãi's names, "Phòng Tư pháp tổng hợp" …)
GROUPS = [
    ("direction", "Công tác chỉ đạo điều hành CCHC", ""),
    ("institution", "Cải cách thể chế", "justice"),
    ("procedures", "Cải cách thủ tục hành chính", "office"),
    ("organisation", "Cải cách tổ chức bộ máy hành chính nhà nước", "home-affairs"),
    ("civil-service", "Cải cách chế độ công vụ", "home-affairs"),
    ("public-finance", "Cải cách tài chính công", "finance-planning"),
    ("egov", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "culture"),
    ("dossiers", "Kết quả giải quyết hồ sơ thủ tục hành chính", "office"),
    ("staff", "Cán bộ, công chức, người hoạt động không chuyên trách", "home-affairs"),
]

# Procedure fields (lĩnh vực TTHC) handled by commune-level units.
PROCEDURE_FIELDS = [
    ("ho-tich", "Hộ tịch"),
    ("chung-thuc", "Chứng thực"),
    ("dat-dai", "Đất đai"),
    ("bao-tro-xa-hoi", "Bảo trợ xã hội"),
    ("nguoi-co-cong", "Người có công"),
    ("nuoi-con-nuoi", "Nuôi con nuôi"),
    ("thi-dua-khen-thuong", "Thi đua, khen thưởng"),
    ("van-hoa", "Văn hóa, thông tin"),
    ("moi-truong", "Môi trường"),
    ("nong-nghiep", "Nông nghiệp"),
    ("khac", "Lĩnh vực khác"),
]

# Indicator fields: code, name, unit of measure, value type, then options:
# agg (sum|ratio|coded|none), src (entered|derived|provided), formula, num, den,
# codes, breakdown ("procedure_field"), group.
C, D, P, K, T = "count", "decimal", "percent", "coded", "text"


def _i(code, name, uom, vtype=C, **opts):
    agg = opts.pop("agg", {C: "sum", D: "sum", P: "none", K: "coded", T: "none"}[vtype])
    src = opts.pop("src", "entered")
    if "formula" in opts:
        src = "derived"
    if "num" in opts:
        src, agg = "derived", "ratio"
    return {
        "code": code,
        "name": name,
        "unit_of_measure": uom,
        "value_type": vtype,
        "aggregation": agg,
        "value_source": src,
        **opts,
    }


def _sum(*codes):
    return " + ".join(codes)


R = "dossiers.received."
S = "dossiers.resolved."
IP = "dossiers.in_process."
PF = "procedure_field"
