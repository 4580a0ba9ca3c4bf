"""What each seed states, listed by hand: every figure, every document number, the outline's headings.

The fidelity tests (tests/desk/seed_fidelity/) look for each of these in the PDF text of the seed's
demo report. A figure is written as the seed prints it (Vietnamese digit grouping and decimal comma, no
"%"); a rate the demo prints with more decimals than the seed states it too when it rounds to the
seed's (44,84 for 44,8; 97,09 for 97,1).
A count the seed pads with a zero ("09 người", "02 kiêm nhiệm") is written so; the portal prints it
unpadded (9, 2), which the test accepts for it.
``LEFT_OUT`` names what the demo report does not print, and why.
"""

# Seed 000: Xã Bình Phước (huyện Bình Sơn, Quảng Ngãi), its programme report for năm 2023, not yet numbered.
SEED_000_OUTLINE = [
    "I. Công tác lãnh đạo, chỉ đạo triển khai thực hiện",
    "II. Kết quả tổ chức thực hiện",
    "1. Về đẩy mạnh cải cách hành chính; nâng cao thứ hạng các chỉ số cải cách hành chính xã",
    "2. Đẩy mạnh tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức theo vị trí việc làm",
    "3. Thực hiện đấu tranh phòng, chống tiêu cực, tham nhũng, thực hành tiết kiệm, chống lãng phí",
    "4. Về xây dựng Quy chế văn hoá công sở và đạo đức công vụ",
    "5. Về công tác dân vận, Quy chế dân chủ cơ sở",
]
SEED_000_DOCUMENTS = [
    # The commune's own (its register).
    "384/QĐ-UBND", "690/QĐ-UBND", "18/KH-UBND", "15/KH-UBND", "10/KH-UBND", "03/KH-UBND", "11/KH-UBND",
    "29/QĐ-UBND", "30/QĐ-UBND", "146/QĐ-UBND", "27/KH-UBND",
    # Of the units above (UBND huyện Bình Sơn's and UBND tỉnh's registers).
    "4089/UBND", "1100/QĐ-UBND", "906/QĐ-UBND", "96/QĐ-UBND", "48/2021/QĐ-UBND",
    # Of issuers the demo has no unit for: cited in the text only (see LEFT_OUT).
    "33/2023/NĐ-CP", "129/2007/QĐ-TTg", "03/2007/QĐ-BNV", "25-NQ/TW", "34/2007/PL-UBTVQH", "16/CT-TTg",
    "05/CT-TW",
]  # fmt: skip
SEED_000_FIGURES = [
    # II.1: the plan, legal documents, dossiers (01/01–25/11/2023), online services, payments, e-office.
    "28", "28/28", "01", "1.949", "888", "1.028", "33", "1.881", "1.863", "99,04", "18", "12", "56", "46,3",
    "51", "3", "4", "882/1.551", "56,9", "500", "5.662.000", "100",
    # II.2: staff (loại 2, 20/20: 11 + 09; 19 + 01; 17 + 03), part-timers (10, 02 kiêm nhiệm; 06 + 03 + 02;
    # 04 + 02 + 04), training, regrading, pay rises, rotation.
    "2", "20", "20/20", "11", "09", "19", "17", "03", "10", "02", "06", "04", "44",
]  # fmt: skip
SEED_000_LEFT_OUT = {
    "register entries of 33/2023/NĐ-CP, 129/2007/QĐ-TTg, 03/2007/QĐ-BNV, 25-NQ/TW, 34/2007/PL-UBTVQH, 16/CT-TTg, 05/CT-TW": (
        "their issuers (Chính phủ, Thủ tướng, Bộ Nội vụ, the Party's central bodies, the National Assembly's "
        "standing committee) are not units of the demo; the text cites them"
    ),
    "a number and date of the report": "the seed is unnumbered (Số: /BC-UBND, ngày … tháng … năm 2023): so is the demo's draft",
    "a table or an appendix": (
        "the seed attaches none and prints no table (its 28/28 tasks and its figures are sentences); the demo "
        "report prints its figures in the text as live blocks and attaches nothing"
    ),
    "the seed's italic sub-headings of II.1 and its recipients' abbreviations (TT, PCT), word for word": (
        "retold as the demo's own shorter lead-ins and spelled out (the originality test)"
    ),
}

# Seed 001: Xã Tịnh Châu (thành phố Quảng Ngãi), Báo cáo số 248/BC-UBND ngày 07/12/2023, năm 2023.
SEED_001_OUTLINE = [
    "I. Công tác chỉ đạo, kết quả thực hiện nhiệm vụ",
    "II. Kết quả thực hiện từng nội dung",
    "1. Cải cách thể chế",
    "2. Cải cách thủ tục hành chính (TTHC)",
    "3. Cải cách tổ chức bộ máy",
    "4. Cải cách chế độ công vụ",
    "5. Cải cách tài chính công",
    "6. Xây dựng và phát triển chính quyền điện tử hướng đến chính quyền số",
    "III. Đánh giá chung",
    "IV. Giải pháp, phương hướng nhiệm vụ năm 2024",
    "V. Ý kiến đề xuất, kiến nghị cấp trên",
]
# The seed's lettered items, in order within their sections (II.2 a–i, II.4 a–e, II.6 a–c, III a–b).
SEED_001_ITEMS = ["a.", "b.", "c.", "d.", "e.", "f.", "g.", "h.", "i."]

SEED_001_DOCUMENTS = [
    # The commune's own (its register).
    "117/KH-UBND", "46/KH-UBND", "12/KH-UBND", "04/QĐ-UBND", "30/KH-UBND", "28/KH-UBND", "01/2023/QĐ-UBND",
    "117/BC-UBND", "12/QĐ-UBND", "26/KH-UBND", "32/KH-UBND", "37/KH-UBND", "01/KH-UBND", "21/KH-UBND",
    "91/TB-UBND", "11/TB-UBND", "14/TB-UBND", "998/QĐ-UBND", "01/QĐ-BPMC", "75/QĐ-UBND", "43/TB-UBND",
    "20/KH-UBND", "166/BC-UBND", "08/KH-UBND", "219/BC-UBND", "40/KH-UBND", "45/TB-UBND", "01/BC-TKT",
    "02/QĐ-UBND", "03/QĐ-UBND", "10/QĐ-UBND", "13/QĐ-UBND", "14/KH-UBND", "38/KH-UBND", "1024/QĐ-UBND",
    "76/TB-UBND", "100/QĐ-UBND",
    # Of the units above (UBND tỉnh's and UBND thành phố's registers).
    "906/QĐ-UBND", "972/QĐ-UBND", "44/2022/QĐ-UBND", "1179/QĐ-UBND", "48/2021/QĐ-UBND", "17/CT-UBND",
    "85/KH-UBND",
    # Of issuers the demo has no unit for, or undated: cited in the text only (see LEFT_OUT).
    "30/PVHTT", "11/2022/NQ-HĐND", "468/QĐ-TTg", "31-CT/TU", "04-HD/TCNV", "248/UBND-NC",
    # The report itself, in the header and the appendix's "(Kèm theo Báo cáo số …)".
    "248/BC-UBND",
]  # fmt: skip

SEED_001_FIGURES = [
    # I: the task table (as computed; the seed's own total row is the note's), propaganda.
    "40", "38", "37", "7", "5", "13", "3", "4", "6", "44,3", "68,19",
    # II.2 b: dossiers.
    "3.472", "1.913", "1.555", "30", "44,8", "3.470", "101", "2,9", "15/51", "02",
    # II.2 d: fees and online payment.
    "50", "19/51", "9/19", "10", "971",
    # II.2 f: digitisation.
    "1.836/3.471", "52,9", "1.916/3.469", "55,23",
    # II.2 g–i: feedback, dialogue, satisfaction, procedure review.
    "1.032", "757/1.032", "73,35", "275/1.032", "26,65", "1/1",
    # II.3: staff.
    "20", "11", "3/11", "27,27", "9", "4/9", "44,44",
    # II.4: quality, training, pay, rotation, ratings.
    "20/20", "10/11", "90,9", "1/20", "17/20", "85", "2/20", "16/20", "80", "15/20", "75", "9/11", "81,8",
    "5/5", "2/12", "16,67", "9/12", "1/12", "8,33",
    # II.5: budget.
    "1.018/1.088", "94", "93,57", "5.356.443/5.356.443",
    # II.6: e-government.
    "21", "12", "1.030", "3.968", "51", "100",
    # Phụ lục I.
    "173", "97,1", "44", "40,88", "91,60",
]  # fmt: skip

SEED_001_LEFT_OUT = {
    "the seed's task-table total row 38/1/1/0 as a row": (
        "the table is computed from the tasks (37/1/2/0, which is what its rows add to); the seed's total is "
        "printed in the note under section I, with its date 06/9/2023"
    ),
    "register entries of 30/PVHTT, 11/2022/NQ-HĐND, 468/QĐ-TTg, 31-CT/TU, 04-HD/TCNV": (
        "their issuers (Phòng Văn hóa và Thông tin, HĐND tỉnh, Thủ tướng, Tỉnh ủy, the former city office) "
        "are not units of the demo; the text cites them"
    ),
    "a register entry of 248/UBND-NC": "the seed gives no date for it; the text cites it",
    "the revenue share as the seed prints it, 94 %": (
        "the share is computed from the stored amounts, 1.018/1.088 = 93,57 % with the report's two decimals; "
        "the seed's 94 % is its own rounding, named in a note beside the computed share"
    ),
    "the blank figure of Phụ lục I's item 7.7 (văn bản đi)": (
        "printed 1.030 on purpose: the seed's own text states 1.030 documents sent in the year, the value "
        "store holds that figure once and the text and the appendix both read it, so they cannot disagree; "
        "a blank would say the commune did not report a figure its report states"
    ),
}

# Seed 002: Văn phòng UBND tỉnh Quảng Ngãi, Báo cáo số …/BC-VP (not yet numbered), 6 tháng đầu năm 2023.
SEED_002_OUTLINE = [
    "I. Kết quả thực hiện",
    "1. Về công tác chỉ đạo, điều hành",
    "2. Kết quả thực hiện các nhiệm vụ được giao",
    "II. Phương hướng, nhiệm vụ trong 6 tháng cuối năm 2023",
]
SEED_002_ITEMS = ["a)", "b)", "c)", "d)", "đ)", "e)"]  # of I.2 (I.1 has a) and b))
SEED_002_DOCUMENTS = [
    # The office's own (its register), UBND tỉnh's and Sở Nội vụ's (theirs); the rest in LEFT_OUT.
    "1100/QĐ-UBND", "626/SNV-XDCQ", "124/QĐ-UBND", "11/KH-UBND", "23/KH-UBND", "25/KH-UBND", "810/KH-VP",
    "2152/KH-VP", "2374/KH-VP", "254/KH-VP", "71/KH-VP", "116/KH-VP", "82/KH-VP", "223/KH-VP", "476/KH-VP",
    "522/KH-VP", "06/QĐ-VP", "17/QĐ-VP", "18/QĐ-VP", "13/QĐ-VP", "26/QĐ-VP", "36/QĐ-VP", "1499/QĐ-UBND",
    "06/TTr-VP", "48/2021/QĐ-UBND", "153/QĐ-VP", "286/VP-HCQT", "239/VP-HCQT", "414/KH-VP", "10/QĐ-VP",
    "337/VP-HCQT", "227/TB-VP", "306-QĐ/TU", "81/QĐ-VP", "31/QĐ-VP", "2156/KH-VP", "236/KH-VP",
    "04/2015/NĐ-CP", "1457-CV/TU",
]  # fmt: skip
SEED_002_FIGURES = [
    "20", "29", "84", "33", "01", "02", "152", "09", "93", "50", "8.500", "99,8", "14.390", "35", "48",
    "81", "62", "19", "07", "55",
    # As the value store prints them: "12 tỷ" as the amount in đồng (SEED_002_LEFT_OUT), the share with the
    # report's two decimals.
    "12.000.000.000", "99,80",
]  # fmt: skip
SEED_002_LEFT_OUT = {
    "a register entry of 31/QĐ-VP": (
        "the seed dates it 31/4/2019, a day April does not have; a register entry needs a real date, so the "
        "text cites it and names the date as the seed's"
    ),
    "register entries of 306-QĐ/TU, 1457-CV/TU and 04/2015/NĐ-CP": (
        "their issuers (the provincial Party committee's standing board, Chính phủ) are not units of the demo; "
        "the text cites them"
    ),
    "a number and date of the report": "the seed is an unnumbered draft (Số: /BC-VP, ngày … tháng 6): so is the demo's",
    "the online payments' amount in words, 12 tỷ đồng": (
        "the value store holds the amount in đồng (dossiers.payments.online_amount), so the text prints "
        "12.000.000.000 đồng after the seed's 'hơn'"
    ),
    "the ratings' split by level": (
        "the seed gives only the total and the share ('hơn 14.390 lượt', 'trên 99,8 %'): both are stored as the "
        "stated figures of satisfaction.total and satisfaction.rate.satisfied, the share printed 99,80 % with "
        "the report's two decimals after the seed's 'trên'"
    ),
}

# Seed 003: Xã Lai Hưng (huyện Bàu Bàng, Bình Dương), Báo cáo số 46/BC-UBND ngày 24/5/2023, to its HĐND.
SEED_003_OUTLINE = [
    "I. Công tác chỉ đạo điều hành cải cách hành chính",
    "II. Cải cách thể chế",
    "III. Cải cách thủ tục hành chính",
    "IV. Cải cách tổ chức bộ máy hành chính",
    "V. Cải cách chế độ công vụ",
    "VI. Cải cách tài chính công",
    "VII. Xây dựng và phát triển chính quyền điện tử, chính quyền số",
    "VIII. Thực hiện cơ chế một cửa, một cửa liên thông",
    "IX. Một số nội dung khác",
    "X. Đánh giá chung",
    "XI. Phương hướng, nhiệm vụ 6 tháng cuối năm 2023",
    "XII. Kiến nghị, đề xuất",
]
SEED_003_DOCUMENTS = [
    # The report itself.
    "46/BC-UBND",
    # The commune's own (its register; the second 31/KH-UBND of 2023 is in LEFT_OUT).
    "31/KH-UBND", "09/KH-UBND", "10/KH-UBND", "02/KH-UBND", "28/QĐ-UBND", "29/QĐ-UBND", "08/KH-UBND",
    "11/KH-UBND", "407/QĐ-UBND", "13/KH-UBND", "518/QĐ-UBND", "21/KH-UBND", "20/KH-UBND", "33/KH-UBND",
    "216/QĐ-UBND", "27/QĐ-UBND", "433/QĐ-UBND", "423/QĐ-UBND", "01/KH-UBND", "32/QĐ-UBND", "22/KH-UBND",
    "29/KH-UBND",
    # UBND huyện Bàu Bàng's (its register).
    "06/KH-UBND", "389/QĐ-UBND", "284/QĐ-UBND", "161/QĐ-UBND", "2647/QĐ-UBND", "4900/QĐ-UBND", "41/KH-UBND",
    # UBND tỉnh Bình Dương's (its register).
    "24/2016/QĐ-UBND", "388/QĐ-UBND", "818/QĐ-UBND", "26/2014/QĐ-UBND", "149/UBND-HCC",
    # Cited in the text only (see LEFT_OUT): the commune's Party committee, the province's council, the nation.
    "01-ĐA/ĐU", "21/2019/NQ-HĐND", "76/NQ-CP", "30/2020/NĐ-CP", "34/2016/NĐ-CP", "154/2020/NĐ-CP", "63/2010/NĐ-CP",
    "90/2020/NĐ-CP", "130/2005/NĐ-CP", "117/2013/NĐ-CP", "16/2015/NĐ-CP", "61/2018/NĐ-CP", "1291/QĐ-TTg",
    "23/CT-TTg",
]  # fmt: skip
SEED_003_FIGURES = [
    # I: tasks on time 100 %, procedures on time 98 %; radio 05 giờ 15 phút, 10 bulletins; 20 meetings, 475
    # attendances; the contest's 80 people, 48 contestants, 12 teams; 20 greeting and 30 condolence letters;
    # "5 biết, 3 thể hiện"; 03 people rewarded, 01 with an initiative.
    "100", "98", "05", "15", "10", "20", "475", "80", "48", "12", "30", "5", "3", "03", "01",
    # II: 510 administrative documents.
    "510",
    # III: 137 procedures in 35 fields, 01 suggestion box, hotline 1022, 440.000 đồng/tháng, 5.280.000 đồng/năm.
    "137", "35", "1022", "440.000", "5.280.000",
    # IV: 33/37 (01 police chief), 10 + 10 + 13; 20/23; 13/14.
    "33/37", "13", "20/23", "13/14",
    # V.1: 100 % of the plan. V.2, as the seed's tables print them: cán bộ 10 (nam 04, nữ 06): thạc sĩ 1,
    # đại học 9; tin học 9 (90), ngoại ngữ 9 (90); cao cấp 3 (30), trung cấp 7 (70); chuyên viên chính 1 (10),
    # chuyên viên 9 (90). Công chức 11 (06, 05): đại học 11 (100); tin học 11 (100), ngoại ngữ 10 (90,91);
    # trung cấp 7 (63,64), sơ cấp 4 (36,36); chuyên viên 6 (54,55), chưa 5 (45,45). Không chuyên trách 13
    # (06, 07): đại học 11 (84,62), trung cấp 2 (15,38); tin học 7 (53,85), ngoại ngữ 7 (53,85); trung cấp 7
    # (53,85), sơ cấp 2 (15,38), chưa 4 (30,77); chuyên viên 7 (53,85), chưa 6 (46,15). (0,10 and 0,90: LEFT_OUT.)
    "04", "06", "1", "9", "90", "70", "11", "90,91", "7", "63,64", "4", "36,36", "6", "54,55", "45,45", "07",
    "84,62", "2", "15,38", "53,85", "30,77", "46,15",
    # VII: 100 % online, 38 computers (05 laptops, 33 desktops), 16 printers, 02 copiers; 90 % on the district's
    # site; 85 % signed digitally; 15 dossiers by post.
    "38", "33", "16", "02", "85",
    # VIII: 06 members (01 + 02 + 01 + 01) and 02 reserves; 180 m²; 09 computers, 01 copier-scanner, 04
    # printers, 01 television; 137/35, 100 %; 1.748 received, 1.748 on time (738 fully online, 1.010 partly);
    # 45 electronic certifications; 400.000 đồng/người/tháng, 28.800.000 đồng/năm for 6; uniforms 5.000.000
    # đồng/người/năm, 30.000.000 đồng/năm.
    "180", "09", "1.748", "738", "1.010", "45", "400.000", "28.800.000", "5.000.000", "30.000.000",
]  # fmt: skip
# Section V.2's tables, row by row as the demo prints them (Bình Dương's form, desk.demo.STAFF_QUALITY_TABLES):
# (label, count, share), the count and the share as the seed prints them ("" where the seed's cell is empty).
SEED_003_STAFF_TABLE = [
    ("Trình độ chuyên môn", "", ""),
    ("Cán bộ", "10", ""), ("- Nam", "04", ""), ("- Nữ", "06", ""),
    ("- Thạc sĩ", "1", "0,10"), ("- Đại học", "9", "0,90"), ("- Trung cấp", "", ""),
    ("Công chức", "11", ""), ("- Nam", "06", ""), ("- Nữ", "05", ""),
    ("- Thạc sĩ", "", ""), ("- Đại học", "11", "100"), ("- Trung cấp", "", ""),
    ("Người hoạt động không chuyên trách", "13", ""), ("- Nam", "06", ""), ("- Nữ", "07", ""),
    ("- Thạc sĩ", "", ""), ("- Đại học", "11", "84,62"), ("- Trung cấp", "2", "15,38"),
    ("Trình độ công nghệ thông tin, ngoại ngữ", "", ""),
    ("Cán bộ", "10", ""), ("- Tin học", "9", "90"), ("- Ngoại ngữ", "9", "90"),
    ("Công chức", "11", ""), ("- Tin học", "11", "100"), ("- Ngoại ngữ", "10", "90,91"),
    ("Người hoạt động không chuyên trách", "13", ""), ("- Tin học", "7", "53,85"), ("- Ngoại ngữ", "7", "53,85"),
    ("Trình độ chính trị - quản lý nhà nước", "", ""),
    ("Cán bộ", "10", ""),
    ("- Chính trị: cao cấp", "3", "30"), ("- Chính trị: trung cấp", "7", "70"), ("- Chính trị: sơ cấp", "", ""),
    ("- Quản lý nhà nước: chuyên viên chính", "1", "10"), ("- Quản lý nhà nước: chuyên viên", "9", "90"),
    ("Công chức", "11", ""),
    ("- Chính trị: trung cấp", "7", "63,64"), ("- Chính trị: sơ cấp", "4", "36,36"),
    ("- Chính trị: chưa đào tạo", "", ""), ("- Quản lý nhà nước: chuyên viên chính", "", ""),
    ("- Quản lý nhà nước: chuyên viên", "6", "54,55"), ("- Quản lý nhà nước: chưa đào tạo", "5", "45,45"),
    ("Người hoạt động không chuyên trách", "13", ""),
    ("- Chính trị: trung cấp", "7", "53,85"), ("- Chính trị: sơ cấp", "2", "15,38"),
    ("- Chính trị: chưa đào tạo", "4", "30,77"), ("- Quản lý nhà nước: chuyên viên chính", "", ""),
    ("- Quản lý nhà nước: chuyên viên", "7", "53,85"), ("- Quản lý nhà nước: chưa đào tạo", "6", "46,15"),
]  # fmt: skip
# The two shares the seed writes as fractions of one (see LEFT_OUT), as the portal prints them.
SEED_003_FRACTION_SHARES = {"0,10": "10,00", "0,90": "90,00"}

SEED_003_LEFT_OUT = {
    "a register entry of the seed's second plan numbered 31 in 2023 (03/4/2023, state compensation)": (
        "the seed gives two plans of 2023 the same number (30/01/2023, the CCHC plan, and 03/4/2023); a register "
        "holds a number once a year, so the CCHC plan is entered, and the text names both and the clash"
    ),
    "register entries of 01-ĐA/ĐU and 21/2019/NQ-HĐND": (
        "issued by the commune's Party committee and by the province's People's Council, neither a unit of the "
        "demo (its units are the People's Committees and their offices); the text cites them"
    ),
    "register entries of 76/NQ-CP, 30/2020/NĐ-CP, 34/2016/NĐ-CP, 154/2020/NĐ-CP, 63/2010/NĐ-CP, 90/2020/NĐ-CP, "
    "130/2005/NĐ-CP, 117/2013/NĐ-CP, 16/2015/NĐ-CP, 61/2018/NĐ-CP, 1291/QĐ-TTg, 23/CT-TTg": (
        "their issuers (Chính phủ, Thủ tướng) are not units of the demo; the text cites them"
    ),
    "the shares of cán bộ with a master's and a bachelor's degree printed as 0,10 and 0,90": (
        "the seed writes these two as fractions of one where every other share is a percentage; the portal "
        "computes them from the stored counts and prints 10,00 and 90,00 in its Tỷ lệ (%) column"
    ),
    "V.2's three staff tables as three, with sub-headings (“- Chính trị”, “- Quản lý nhà nước”) and the "
    "men and women in each category's heading": (
        "printed as one table of three groups, Bình Dương's own form embedded at the end of part V (after the "
        "text of V.3, where the seed has it under V.2: an embedded table ends its section, and the outline is "
        "I–XII without sub-sections): the sub-heading in each row's label, the men and women on rows of their "
        "own; the same rows (the empty ones too), the same counts and shares (SEED_003_STAFF_TABLE)"
    ),
    "the laws cited by name only (Luật Ban hành văn bản QPPL, Luật Cán bộ, công chức …)": (
        "they carry no number; the text cites the decrees and decisions by number"
    ),
    "the e-mail and web addresses of the hotline and the one-stop systems": "addresses, not figures",
    "the dates, the 2019 - 2023 review period, the standard's number (ISO 9001:2015), the classes A, B, C and "
    'the seed\'s typos ("6 tháng đầu năm 202", "08/4/019")': (
        "not figures the seed states; the typos are named in the text as the seed's"
    ),
}
