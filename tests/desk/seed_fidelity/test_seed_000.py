"""Seed 000: Xã Bình Phước's programme report for 2023 (a draft its clerk sends)."""

from desk import demo as desk_demo
from desk import panels
from desk.workflow import apply_move
from exports.document import official_document
from indicators.validation import findings
from reports import states
from tests.desk import seed_fixtures as seeds
from tests.desk.seed_fidelity.reading import missing, pdf_text, registered_documents
from units.models import Role


def test_seed_000_binh_phuoc_prints_every_figure_and_document(binh_phuoc):
    text = pdf_text(binh_phuoc)
    assert missing(seeds.SEED_000_DOCUMENTS, text) == []
    assert missing(seeds.SEED_000_FIGURES, text) == []
    assert "[[" not in text and "Số: /BC-UBND" in text and "Kính gửi" not in text
    assert "TM. ỦY BAN NHÂN DÂN" in text and "CHỦ TỊCH" in text and "Ngô Văn Vương" in text
    assert "Công văn số 4089/UBND ngày 28/10/2023 của UBND huyện Bình Sơn" in text
    # From the value store, as live figures: the items the issue named among them.
    assert "882/1.551 hồ sơ tiếp nhận, đạt 56,87 %" in text
    assert "hơn 44 lượt cán bộ, công chức" in text
    assert "chuyển ngạch lương cho 1 công chức, nâng bậc lương thường xuyên cho 3 cán bộ, công chức" in text
    assert "Trong 10 người hoạt động KCT có 2 người kiêm nhiệm" in text
    assert "từ ngày 01/01/2023 đến ngày 25/11/2023: Tổng số hồ sơ tiếp nhận trong kỳ là 1.949 hồ sơ" in text
    # The seed's own contradiction, flagged beside both figures and said to be the seed's.
    assert "cộng lại được 11 người (6 + 3 + 2), trong khi tổng số là 10" in text
    bodies = "\n".join(s.body for s in binh_phuoc.sections.all())
    live = ["dossiers.online_services.online", "dossiers.rate.online_services", "staff.training.attendances",
            "staff.regraded", "staff.pay_rises", "staff.part_timers.concurrent", "staff.part_timers"]  # fmt: skip
    assert [code for code in live if f"[[figure:{code}]]" not in bodies] == []
    assert "882" not in bodies and "1.551" not in bodies and "44 lượt" not in bodies  # not typed


def test_seed_000_outline_headings_are_the_seeds_and_it_attaches_nothing(binh_phuoc):
    document = official_document(binh_phuoc)
    assert [s.heading.casefold() for s in document.sections] == [h.casefold() for h in seeds.SEED_000_OUTLINE]
    text = pdf_text(binh_phuoc)
    at = 0
    for heading in seeds.SEED_000_OUTLINE:
        number, title = heading.split(" ", 1)
        at = text.index(f"{number} {title.upper() if number.rstrip('.').isalpha() else title}", at)
    assert document.appendices == [] and "Phụ lục" not in text  # the seed attaches none


def test_seed_000_documents_are_in_the_registers(binh_phuoc):
    registered = registered_documents()
    left_out = " ".join(seeds.SEED_000_LEFT_OUT)
    for number in seeds.SEED_000_DOCUMENTS:
        assert (number in registered) != (number in left_out), number


def test_seed_000_is_a_draft_its_clerk_can_send(binh_phuoc):
    """The README's tour: the clerk sends the filled draft; its one finding is the explained warning."""
    assert binh_phuoc.state == states.ReportState.DRAFT and binh_phuoc.number is None
    found = {f.rule_code: f for f in panels.findings(binh_phuoc)}
    assert not any(f.blocks_submission for f in found.values())
    assert found["staff-part-timers-education-sum"].explanation
    clerk = binh_phuoc.unit.memberships.filter(role=Role.CLERK).first().user
    apply_move(report=binh_phuoc, user=clerk, move_name="submit", seen_state=binh_phuoc.state)
    binh_phuoc.refresh_from_db()
    assert binh_phuoc.state == states.ReportState.PENDING_APPROVAL


def test_seed_000_part_timers_contradiction_is_flagged_and_explained(tinh_chau):
    """Seed 000: 10 part-timers whose levels of education add to 11 (6 + 3 + 2), kept and explained."""
    binh_phuoc = desk_demo.demo_unit("Xã Bình Phước")
    found = {f.rule_code: f for f in findings(unit=binh_phuoc, period=tinh_chau.period)}
    finding = found["staff-part-timers-education-sum"]
    assert (finding.left, finding.right) == ("10", "11")
    assert (
        "02 người kiêm nhiệm" in finding.explanation and "(6 đại học, 3 cao đẳng, 2 trung cấp)" in finding.explanation
    )
