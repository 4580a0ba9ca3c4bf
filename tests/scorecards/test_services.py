"""Self-assessment, automatic ratio scoring, the moves, the council's appraisal, SIPAS and publishing."""

import datetime as dt
import io
from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from openpyxl import Workbook

from indicators.models import Indicator, Value
from plans.models import Document, DocumentType
from reports.periods import ensure_period
from scorecards import services
from scorecards.demo import build_framework
from scorecards.frameworks import copy_framework, framework_problems
from scorecards.models import Item, Score, State
from scorecards.results import framework_results
from scorecards.services import Appraisal, Locked, SelfEntry

ROWS = [
    ("1", "Chỉ đạo, điều hành", "3", None, None),
    ("1.1", "Kế hoạch năm", "1", "yes_no", None),
    ("1.2", "Tuyên truyền", "2", "manual", None),
    ("2", "Thủ tục hành chính", "4", None, None),
    ("2.1", "Tỷ lệ hồ sơ trực tuyến", "2", "ratio",
     ("dossiers.received.online", "dossiers.received.new", [["80", "2"], ["50", "1"], ["0", "0"]])),
    ("2.2", "Tỷ lệ hồ sơ đúng hạn", "2", "ratio",
     ("dossiers.resolved.early_or_on_time", "dossiers.resolved.total", [])),
]  # fmt: skip


@pytest.fixture
def framework(tree):
    return build_framework(
        province=tree["51"], year=2023, group="commune", title="Bộ chỉ số xã năm 2023", survey="10", rows=ROWS
    )


@pytest.fixture
def assessment(framework, binh_phuoc):
    return services.open_assessment(framework=framework, unit=binh_phuoc)


def _items(framework):
    return {i.number: i for i in Item.objects.filter(framework=framework)}


def _figures(unit, **numbers):
    period = ensure_period("2023")
    for code, number in numbers.items():
        Value.objects.create(
            unit=unit, period=period, indicator=Indicator.objects.get(code=code.replace("__", ".")), number=D(number)
        )


def _entries(framework, **points):
    items = _items(framework)
    return {items[n.replace("_", ".")].pk: SelfEntry(p) for n, p in points.items()}


def test_ratio_items_are_scored_from_the_years_stored_figures(framework, assessment, alice, binh_phuoc):
    _figures(
        binh_phuoc,
        **{
            "dossiers__received__online": 130,
            "dossiers__received__direct": 70,
            "dossiers__resolved__early": 50,
            "dossiers__resolved__on_time": 140,
            "dossiers__resolved__late": 10,
        },
    )
    services.save_self_assessment(
        assessment=assessment, user=alice, entries=_entries(framework, **{"1_1": "1", "1_2": "1,5", "2_1": "2"}),
        version=assessment.version,
    )  # fmt: skip
    scores = {s.item.number: s for s in Score.objects.filter(assessment=assessment).select_related("item")}
    # 130 online of 200 received = 65 %: the threshold of 50 % gives 1 point, whatever was typed
    assert (scores["2.1"].measured, scores["2.1"].self_points) == (D("65.00"), D("1.00"))
    # 190 of 200 on time = 95 %: in proportion, 95 % of 2 points
    assert (scores["2.2"].measured, scores["2.2"].self_points) == (D("95.00"), D("1.90"))
    assert scores["1.2"].self_points == D("1.5")


def test_bad_points_save_nothing(framework, assessment, alice):
    with pytest.raises(ValidationError) as error:
        services.save_self_assessment(
            assessment=assessment, user=alice, entries=_entries(framework, **{"1_1": "1", "1_2": "2,5"}), version=1
        )
    assert "1.2" in error.value.message_dict
    assert not Score.objects.filter(assessment=assessment, self_points__isnull=False).exists()


def test_a_yes_or_no_item_takes_none_or_all_of_its_points(framework, assessment, alice):
    with pytest.raises(ValidationError) as error:
        services.save_self_assessment(
            assessment=assessment, user=alice, entries=_entries(framework, **{"1_1": "0,5", "1_2": "2"}), version=1
        )
    assert list(error.value.message_dict) == ["1.1"]
    assert not Score.objects.filter(assessment=assessment, self_points__isnull=False).exists()


def test_documents_must_be_the_units_own(framework, assessment, alice, tinh_chau, binh_phuoc):
    own = Document.objects.create(unit=binh_phuoc, doc_type=DocumentType.PLAN, number=3, symbol="KH-UBND",
                                  issued_on=dt.date(2023, 1, 9), subject="về cải cách hành chính năm 2023")  # fmt: skip
    other = Document.objects.create(unit=tinh_chau, doc_type=DocumentType.PLAN, number=4, symbol="KH-UBND",
                                    issued_on=dt.date(2023, 1, 9), subject="về cải cách hành chính năm 2023")  # fmt: skip
    item = _items(framework)["1.1"]
    with pytest.raises(ValidationError):
        services.save_self_assessment(
            assessment=assessment, user=alice, entries={item.pk: SelfEntry("1", "", (other.pk,))}, version=1
        )
    services.save_self_assessment(
        assessment=assessment, user=alice, entries={item.pk: SelfEntry("1", "Đã ban hành", (own.pk,))}, version=1
    )
    assert list(Score.objects.get(assessment=assessment, item=item).documents.all()) == [own]


def test_only_the_units_clerk_saves_and_a_stale_version_is_refused(framework, assessment, alice, carol, leader):
    entries = _entries(framework, **{"1_1": "1"})
    for outsider in (carol, leader):
        with pytest.raises(PermissionDenied):
            services.save_self_assessment(assessment=assessment, user=outsider, entries=entries, version=1)
    services.save_self_assessment(assessment=assessment, user=alice, entries=entries, version=1)
    with pytest.raises(ValidationError):
        services.save_self_assessment(assessment=assessment, user=alice, entries=entries, version=1)


def _send(framework, assessment, alice, leader):
    services.save_self_assessment(
        assessment=assessment, user=alice, entries=_entries(framework, **{"1_1": "1", "1_2": "2"}), version=1
    )
    services.apply_move(assessment=assessment, user=alice, name="submit")
    services.apply_move(assessment=assessment, user=leader, name="approve")
    assessment.refresh_from_db()
    return assessment


def test_clerk_to_leader_to_the_district(framework, assessment, alice, leader, rita):
    with pytest.raises(ValidationError):  # nothing scored yet
        services.apply_move(assessment=assessment, user=alice, name="submit")
    assessment = _send(framework, assessment, alice, leader)
    assert assessment.state == State.SUBMITTED
    with pytest.raises(Locked):  # sent: the clerk can no longer change it
        services.save_self_assessment(assessment=assessment, user=alice, entries={}, version=assessment.version)
    with pytest.raises(ValidationError):  # a return needs its reason
        services.apply_move(assessment=assessment, user=rita, name="return")
    services.apply_move(assessment=assessment, user=rita, name="return", comment="Bổ sung minh chứng mục 1.2")
    assessment.refresh_from_db()
    assert (assessment.state, assessment.comment) == (State.RETURNED, "Bổ sung minh chứng mục 1.2")


def test_an_appraised_change_needs_its_reason_and_history_keeps_it(framework, assessment, alice, leader, rita, paula):
    assessment = _send(framework, assessment, alice, leader)
    item = _items(framework)["1.2"]
    with pytest.raises(PermissionDenied):  # the province reviewer appraises the districts, not the communes
        services.appraise(assessment=assessment, user=paula, changes={item.pk: Appraisal("1,5", "x")})
    with pytest.raises(ValidationError) as error:
        services.appraise(assessment=assessment, user=rita, changes={item.pk: Appraisal("1,5", " ")})
    assert "1.2" in error.value.message_dict
    services.appraise(
        assessment=assessment, user=rita, changes={item.pk: Appraisal("1,5", "Chỉ tham gia, không tự tổ chức")}
    )
    services.appraise(assessment=assessment, user=rita, changes={item.pk: Appraisal("1,25", "Thiếu minh chứng")})
    score = Score.objects.get(assessment=assessment, item=item)
    assert (score.self_points, score.appraised_points) == (D("2.00"), D("1.25"))
    history = list(
        score.history.order_by("history_id").values_list("appraised_points", "appraisal_reason", "history_user_id")
    )
    assert history[-2:] == [  # each change, its reason and who made it
        (D("1.50"), "Chỉ tham gia, không tự tổ chức", rita.pk),
        (D("1.25"), "Thiếu minh chứng", rita.pk),
    ]
    results = framework_results(framework)
    assert results.for_unit(assessment.unit_id).appraised.points == D("1") + D("1.25") + D("0")  # ratios: no figures


def _xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_publishing(framework, assessment, alice, leader, rita, paula, tree):
    assessment = _send(framework, assessment, alice, leader)
    upload = SimpleUploadedFile("sipas.xlsx", _xlsx([["Mã", "Điểm"], ["21073", 8.25]]))
    with pytest.raises(ValidationError):  # out of range: nothing saved
        services.import_survey(
            framework=framework, user=paula, upload=SimpleUploadedFile("x.xlsx", _xlsx([["21073", 11]]))
        )
    assessment.refresh_from_db()
    assert assessment.survey_points is None
    with pytest.raises(PermissionDenied):
        services.import_survey(framework=framework, user=rita, upload=upload)
    assert services.import_survey(framework=framework, user=paula, upload=upload) == 1
    plan = Document.objects.create(unit=tree["51"], doc_type=DocumentType.PLAN, number=5, symbol="KH-UBND",
                                   issued_on=dt.date(2024, 1, 5), subject="về kế hoạch")  # fmt: skip
    with pytest.raises(ValidationError):  # a plan does not publish results
        services.publish(framework=framework, user=paula, decision=plan)
    decision = Document.objects.create(unit=tree["51"], doc_type=DocumentType.DECISION, number=57, symbol="QĐ-UBND",
                                       issued_on=dt.date(2024, 1, 9), subject="về công bố Chỉ số CCHC năm 2023")  # fmt: skip
    assert services.publish(framework=framework, user=paula, decision=decision) == 1
    assessment.refresh_from_db()
    assert (assessment.state, assessment.decision) == (State.PUBLISHED, decision)
    item = _items(framework)["1.2"]
    with pytest.raises(Locked):
        services.appraise(assessment=assessment, user=rita, changes={item.pk: Appraisal("1", "x")})
    with pytest.raises(ValidationError):
        services.set_survey_points(framework=framework, user=paula, points={"21073": "9"})


def test_copy_to_next_year_keeps_the_tree(framework):
    copy = copy_framework(source=framework, year=2024)
    items = _items(copy)
    assert set(items) == {"1", "1.1", "1.2", "2", "2.1", "2.2"}
    assert items["2.1"].parent == items["2"] and items["2.1"].thresholds == [["80", "2"], ["50", "1"], ["0", "0"]]
    assert copy.copied_from == framework and copy.title == "Bộ chỉ số xã năm 2024"
    with pytest.raises(ValidationError):
        copy_framework(source=framework, year=2024)
    assert framework_problems(copy) == []
    items["1.2"].max_points = D("1.5")
    items["1.2"].save()
    with translation.override("vi"):
        assert framework_problems(copy) == ["1: các thành phần cộng lại được 2,5 điểm, không phải 3."]
