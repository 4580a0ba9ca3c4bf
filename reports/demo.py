from reports.periods import create_ad_hoc_period, ensure_year


def seed(stdout=None):
    import datetime as dt

    for year in (2023, 2024):
        ensure_year(year)
    # Seed 004: a report requested by letter for "từ 15/12/2023 đến ngày 15/5/2024".
    create_ad_hoc_period(
        name="Báo cáo PAR INDEX, SIPAS từ 15/12/2023 đến 15/5/2024",
        cutoff_start=dt.date(2023, 12, 15),
        cutoff_end=dt.date(2024, 5, 15),
        due_date=dt.date(2024, 5, 20),
    )
