# Vietnamese formats as the official documents write them: 1.949; 99,04;
# 24/5/2023; "ngày 24 tháng 5 năm 2023". Django's own "vi" module has no
# digit grouping and would parse 05/04/2023 as 4 May.
DATE_FORMAT = "j/n/Y"
SHORT_DATE_FORMAT = "j/n/Y"
DATETIME_FORMAT = "H:i j/n/Y"
SHORT_DATETIME_FORMAT = "H:i j/n/Y"
MONTH_DAY_FORMAT = "j/n"
YEAR_MONTH_FORMAT = "n/Y"
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
