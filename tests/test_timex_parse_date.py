"""parse_date: publication dates from metadata and datelines, Arabic and English."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from marsad.errors import InputError
from marsad.nlp.timex import parse_date

NOON = datetime(2024, 6, 20, 12, 0)


@pytest.mark.parametrize("text, expected", [
    ("2024-06-19", ("2024-06-19", "day")),
    ("2015-07-21 11:02:00", ("2015-07-21T11:02:00", "datetime")),
    ("2024-06-19T10:45:00+03:00", ("2024-06-19T10:45:00+03:00", "datetime")),
    ("2024-06-19T07:45:00.123Z", ("2024-06-19T07:45:00+00:00", "datetime")),
    ("2024-06", ("2024-06", "month")),
    ("2024", ("2024", "year")),
    ("١٩/٠٦/٢٠٢٤", ("2024-06-19", "day")),
    ("19 يونيو 2024", ("2024-06-19", "day")),
    ("الأربعاء 19 حزيران/يونيو 2024 - 10:45", ("2024-06-19T10:45:00", "datetime")),
    ("نشر في: 3 تموز (يوليو) 2023", ("2023-07-03", "day")),
    ("يوليو/تموز 2023", ("2023-07", "month")),
    ("June 19, 2024", ("2024-06-19", "day")),
    ("Wed, 19 Jun 2024 10:45:00 GMT", ("2024-06-19T10:45:00+00:00", "datetime")),
])
def test_absolute_dates(text, expected):
    assert parse_date(text) == expected


def test_relative_dates_use_the_anchor():
    assert parse_date("منذ 3 ساعات", anchor=NOON) == ("2024-06-20T09:00:00", "datetime")
    assert parse_date("منذ يومين", anchor=date(2024, 6, 20)) == ("2024-06-18", "day")
    assert parse_date("أمس", anchor=date(2024, 6, 20)) == ("2024-06-19", "day")
    assert parse_date("يوم الأربعاء الماضي", anchor=date(2024, 6, 20)) == ("2024-06-19", "day")
    assert parse_date("3 days ago", anchor=NOON) == ("2024-06-17", "day")


def test_prefer_future_turns_weekdays_forward():
    assert parse_date("الأحد", anchor=date(2024, 6, 20)) == ("2024-06-16", "day")
    assert parse_date("الأحد", prefer="future", anchor=date(2024, 6, 20)) == ("2024-06-23", "day")


@pytest.mark.parametrize("text", ["", "   ", "لا يوجد تاريخ هنا", "2024-13-45", "no date at all"])
def test_no_date_gives_none(text):
    assert parse_date(text) is None


def test_bad_arguments_are_clear_errors():
    with pytest.raises(InputError):
        parse_date(20240619)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="prefer"):
        parse_date("2024-06-19", prefer="later")
