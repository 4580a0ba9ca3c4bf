# English interface over Vietnamese data: keep day-first dates so that a
# date typed in either language means the same day.
DATE_FORMAT = "j/n/Y"
SHORT_DATE_FORMAT = "j/n/Y"
DATETIME_FORMAT = "H:i j/n/Y"
SHORT_DATETIME_FORMAT = "H:i j/n/Y"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
