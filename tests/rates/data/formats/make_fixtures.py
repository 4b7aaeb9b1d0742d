#!/usr/bin/env python3
"""Builds the format fixtures in this folder from the real publisher files in
/work/shared/data/rates (FRED H.10, ECB reference rates; provenance in tests/rates/data/README.md).

Every rate is the publisher's own text, copied byte for byte; only the layout around it follows
the format each fixture stands for (the ECB daily file, SDMX-CSV, Frankfurter JSON, spreadsheet
re-saves, a Korean bank export). Dev-time only: the outputs are committed.

  python3 tests/rates/data/formats/make_fixtures.py [DATA_DIR]
"""
import csv
import os
import sys
import zipfile

DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/rates"
OUT = os.path.dirname(os.path.abspath(__file__))
DAYS = ["2020-07-27", "2020-07-28", "2020-07-29", "2020-07-30", "2020-07-31"]
# The currencies of the ECB daily file of July 2020, in its order.
DAILY_2020 = ["USD", "JPY", "BGN", "CZK", "DKK", "GBP", "HUF", "PLN", "RON", "SEK", "CHF", "ISK", "NOK",
              "HRK", "RUB", "TRY", "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN",
              "MYR", "NZD", "PHP", "SGD", "THB", "ZAR"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ecb():
    with open(os.path.join(DATA, "ecb_eurofxref-hist.csv"), newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    return {r[0]: dict(zip(header, r)) for r in rows[1:]}


def fred(series):
    with open(os.path.join(DATA, f"fred_{series}.csv"), newline="") as f:
        return {r[0]: r[1] for r in list(csv.reader(f))[1:]}


def write(name, text, encoding="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))


def main():
    rates = ecb()
    kous = fred("DEXKOUS")
    chus = fred("DEXCHUS")

    # ECB daily eurofxref.csv for 2020-07-28, and the zip the ECB serves it in.
    day = rates["2020-07-28"]
    daily = "Date, " + ", ".join(DAILY_2020) + ", \n"
    daily += "28 July 2020, " + ", ".join(day[c] for c in DAILY_2020) + ", \n"
    write("eurofxref.csv", daily)
    with zipfile.ZipFile(os.path.join(OUT, "eurofxref.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("eurofxref.csv", date_time=(2020, 7, 28, 15, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, daily)

    # ECB data portal SDMX-CSV: two daily series (USD and KRW per EUR).
    cols = ("KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,OBS_CONF,"
            "OBS_PRE_BREAK,OBS_COM,TIME_FORMAT,BREAKS,COLLECTION,COMPILING_ORG,DISS_ORG,DOM_SER_IDS,PUBL_ECB,"
            "PUBL_MU,PUBL_PUBLIC,UNIT_INDEX_BASE,COMPILATION,COVERAGE,DECIMALS,NAT_TITLE,SOURCE_AGENCY,SOURCE_PUB,"
            "TITLE,TITLE_COMPL,UNIT,UNIT_MULT")
    lines = [cols]
    for cur, decimals, title in (("USD", 4, "US dollar"), ("KRW", 2, "Korean won (Republic)")):
        for d in DAYS:
            lines.append(f"EXR.D.{cur}.EUR.SP00.A,D,{cur},EUR,SP00,A,{d},{rates[d][cur]},A,F,,,P1D,,A,,,,,,,,,,"
                         f"{decimals},,4F0,,{title}/Euro,\"ECB reference exchange rate, {title}/Euro, 2:15 pm (C.E.T.)\","
                         f"{cur},0")
    write("ecb_sdmx.csv", "\n".join(lines) + "\n")

    # Frankfurter JSON (its data are the ECB's): a time series and one day.
    series = ",".join(f'"{d}":{{"JPY":{rates[d]["JPY"]},"KRW":{rates[d]["KRW"]},"USD":{rates[d]["USD"]}}}'
                      for d in DAYS)
    write("frankfurter_series.json", '{"amount":1.0,"base":"EUR","start_date":"2020-07-27","end_date":"2020-07-31",'
          f'"rates":{{{series}}}}}\n')
    write("frankfurter_day.json", '{"amount":1.0,"base":"EUR","date":"2020-07-28","rates":{'
          f'"JPY":{day["JPY"]},"KRW":{day["KRW"]},"USD":{day["USD"]}}}}}\n')

    # Days past the end of the embedded FRED table (2026-03-27), for the rate cache tests.
    late = ["2026-03-30", "2026-03-31", "2026-04-01", "2026-04-02"]
    series = ",".join(f'"{d}":{{"KRW":{rates[d]["KRW"]},"USD":{rates[d]["USD"]}}}' for d in late)
    write("frankfurter_2026.json", '{"amount":1.0,"base":"EUR","start_date":"2026-03-30","end_date":"2026-04-02",'
          f'"rates":{{{series}}}}}\n')

    # FRED: today's download (fredgraph.csv, several series joined) and an older export
    # (DATE, "." for no value).
    july = sorted(d for d in kous if "2020-07-01" <= d <= "2020-07-10")
    write("fredgraph.csv", "observation_date,DEXKOUS,DEXCHUS\n" +
          "".join(f"{d},{kous[d]},{chus[d]}\n" for d in july))
    write("fred_old_export.csv", "DATE,DEXKOUS\n" + "".join(f"{d},{kous[d] or '.'}\n" for d in july))

    # Spreadsheet re-saves: UTF-8 BOM, CRLF, quoted thousands; ';' with decimal commas.
    write("spreadsheet_excel.csv", "\ufeffdate,base,quote,rate\r\n" +
          "".join(f'{d},USD,KRW,"{kous[d][0]},{kous[d][1:]}"\r\n' for d in DAYS))

    def comma(text):  # 1406.13 -> 1.406,13 ; 1.1717 -> 1,1717
        whole, _, frac = text.partition(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        return ".".join(groups) + ("," + frac if frac else "")

    write("spreadsheet_semicolon.csv", "date;USD_per_EUR;KRW_per_EUR\r\n" +
          "".join(f"{d};{comma(rates[d]['USD'])};{comma(rates[d]['KRW'])}\r\n" for d in DAYS))

    # A Korean bank's export read through a descriptor: CP949, Korean headers, a title line,
    # dotted dates, newest first, quoted thousands. The rates are FRED DEXKOUS (KRW per USD).
    bank = "USD 기간별 환율 조회\r\n일자,통화,매매기준율,전일대비\r\n"
    prev = None
    for d in reversed(DAYS):
        bank += f'{d.replace("-", ".")},USD,"{kous[d][0]},{kous[d][1:]}",\r\n'
    write("bank_usd_krw.csv", bank, "cp949")
    write("bank_usd_krw.yaml", "name: bank-usd\nfile: bank_usd_krw.csv\nencoding: cp949\npair: USD/KRW\nper: 1\n"
          "columns: {date: 일자, rate: 매매기준율}\ndate_format: '%Y.%m.%d'\n")


if __name__ == "__main__":
    main()
