#include "core/check/messages.h"

#include <array>
#include <cstdint>
#include <map>

#include <fmt/args.h>
#include <fmt/format.h>

namespace figcheck {
namespace {

// The catalogue: key, English, Korean. English is byte for byte what figcheck wrote before the
// catalogue (the goldens under tests/golden hold it). Keys of finding sentences start with their
// finding code; "page." keys are the desk page's words (served to it as JSON).
const std::vector<CatalogueEntry> kCatalogue = {
    // --- A verbatim text (an input error's own words, tests).
    {"verbatim", "{text}", "{text}"},

    // --- Conversions.
    {"conversion-mismatch.zero", "'{stated}' cannot follow from {amount}: zero converts to zero at any rate.",
     "'{stated}'⟨은/는⟩ {amount}에서 나올 수 없습니다: 0은 어떤 환율로 바꿔도 0입니다."},
    {"conversion-mismatch",
     "'{stated}' does not follow from {amount}: it misses {where} by {miss}% (it implies {point} {quote} per {base}); "
     "at {rate} it should be about '{right}'.{earlier}{cause}",
     "'{stated}'⟨은/는⟩ {amount}에서 나오지 않습니다: {where} {miss}% 어긋납니다(1{base}당 {point}{quote}에 해당). "
     "환율 {rate}⟨으로/로⟩ 계산하면 '{right}' 안팎이어야 합니다.{earlier}{cause}"},
    {"conversion-mismatch.undated",
     "'{stated}' does not follow from {amount} at any {pair} rate of {span}: it implies {point} {quote} per {base}.",
     "'{stated}'⟨은/는⟩ {span}의 어떤 {pair} 환율로도 {amount}에서 나오지 않습니다: 1{base}당 {point}{quote}에 "
     "해당합니다."},
    {"missing-rate",
     "No {pair} rate is known for {date} or the {days} days before it in the rate source '{source}'; the conversion "
     "could not be checked.",
     "환율 출처 '{source}'에 {date}⟨과/와⟩ 그 전 {days}일 동안의 {pair} 환율이 없어 환산을 확인하지 못했습니다."},
    {"missing-rate.undated",
     "No {pair} rate is known at all in the rate source '{source}', and the article has no date; the conversion could "
     "not be checked.",
     "환율 출처 '{source}'에 {pair} 환율이 전혀 없고 기사에 날짜도 없어 환산을 확인하지 못했습니다."},
    {"holds-by-rounding.conversion",
     "'{stated}' holds only because it is rounded: as printed it implies {point} {quote} per {base}, outside {band}; "
     "its rounding interval {implied} reaches the rate {rate} of {date}.",
     "'{stated}'⟨은/는⟩ 반올림 덕분에 맞을 뿐입니다: 적힌 그대로는 1{base}당 {point}{quote}에 해당해 {band} 밖이지만, "
     "반올림 구간 {implied}⟨이/가⟩ {date} 환율 {rate}에 닿습니다."},
    {"false-precision",
     "'{stated}' is stated to {digits} significant digits, but '{amount}' has only {amount_digits}: the converted "
     "figure suggests a precision the amount does not have.",
     "'{stated}'⟨은/는⟩ 유효숫자 {digits}자리로 적혔지만 '{amount}'⟨은/는⟩ {amount_digits}자리뿐입니다: 환산한 "
     "수치가 원래 금액에 없는 정밀도를 내세웁니다."},
    {"unit-slip", "'{stated}' is {size} for {amount} at {pair} {rate}: a unit slip ({slip}); it should read '{right}'.",
     "'{stated}'⟨은/는⟩ {amount}⟨을/를⟩ {pair} {rate}⟨으로/로⟩ 환산한 값보다 {size}: 단위를 잘못 쓴 것"
     "({slip})으로 보입니다. '{right}'⟨이어야/여야⟩ 합니다."},
    {"unit-slip.undated", "'{stated}' is about {size} for {amount}: no {pair} rate of {span} gives it; a unit slip ({slip}).",
     "'{stated}'⟨은/는⟩ {amount}에 비해 약 {size}: {span}의 어떤 {pair} 환율로도 나오지 않아 단위를 잘못 쓴 것"
     "({slip})으로 보입니다."},
    {"transposed-digits",
     "'{stated}' misses {where} by {miss}%, but with two digits swapped, '{right}', it holds: the digits look "
     "transposed.",
     "'{stated}'⟨은/는⟩ {where} {miss}% 어긋나지만, 이웃한 두 숫자를 바꾼 '{right}'⟨은/는⟩ 맞습니다: 숫자 순서가 "
     "뒤바뀐 것으로 보입니다."},
    {"rounded-conversion.window",
     "'{stated}' was converted at about {point} {quote} per {base}; that week's reference range is {range}: {miss}% "
     "off, ordinary rounding for a loosely stated figure.",
     "'{stated}'⟨은/는⟩ 1{base}당 약 {point}{quote}에 환산됐습니다. 그 주 기준환율 범위 {range}에서 {miss}% "
     "벗어났지만, 어림한 수치로는 흔한 반올림입니다."},
    {"rounded-conversion.day",
     "'{stated}' was converted at about {point} {quote} per {base}; that day's reference rate is {range}: {miss}% "
     "off, ordinary rounding for a loosely stated figure.",
     "'{stated}'⟨은/는⟩ 1{base}당 약 {point}{quote}에 환산됐습니다. 그날 기준환율 {range}에서 {miss}% 벗어났지만, "
     "어림한 수치로는 흔한 반올림입니다."},
    {"rate-deviation",
     "'{stated}' implies {point} {quote} per {base}, {off}% off the reference rate {rate} of {date}, and misses "
     "{where} by {miss}%.{earlier}",
     "'{stated}'⟨은/는⟩ 1{base}당 {point}{quote}에 해당해, {date} 기준환율 {rate}에서 {off}% 벗어나고 {where} {miss}% "
     "어긋납니다.{earlier}"},
    {"undated",
     "No date: '{stated}' was checked for plausibility only. It implies {point} {quote} per {base}, within the {pair} "
     "rates of {span}.",
     "날짜가 없어 '{stated}'⟨은/는⟩ 있을 법한 수치인지만 확인했습니다. 1{base}당 {point}{quote}에 해당하며, {span} {pair} "
     "환율 범위 안에 있습니다."},
    {"same-currency",
     "'{stated}' is in the same currency as '{amount}' ({code}): a converted figure must be in another "
     "currency.{cause}",
     "'{stated}'⟨은/는⟩ '{amount}'⟨과/와⟩ 같은 통화({code})입니다: 환산한 수치는 다른 통화여야 합니다.{cause}"},
    {"same-currency.likely",
     " It is most likely in {korean} ({likely}): at {base}/{likely} {rate} of {date} the figure holds ({miss}% off).",
     " {korean}({likely})일 가능성이 큽니다: {date}의 {base}/{likely} {rate}⟨으로/로⟩ 계산하면 맞습니다({miss}% "
     "차이)."},

    // Clauses of the conversion sentences.
    {"where.window", "every rate of {window}", "환율 {window} 어느 것과도"},
    {"where.rate", "the rate {rate} of {date}", "{date} 환율 {rate}⟨과/와⟩"},
    {"window.range", "{low}\u2013{high} ({from} to {to}, {count} days with a rate)",
     "{low}\u2013{high}({from}~{to}, 환율이 있는 날 {count}일)"},
    {"span", "{low}\u2013{high} from {from} to {to}", "{from}~{to}의 {low}\u2013{high}"},
    {"size.large", "{factor} times too large", "{factor}배 큽니다"},
    {"size.small", "{factor} times too small", "{factor}배 작습니다"},
    {"slip.4", "만 for 억, or 억 for 조", "억 대신 만, 또는 조 대신 억"},
    {"slip.8", "억 for 조 twice over, or 만 for 조", "조 대신 만"},
    {"slip.3", "thousand for million, or million for billion", "백만 대신 천, 또는 10억 대신 백만"},
    {"slip.6", "million for trillion", "조 대신 백만"},
    {"slip.other", "a factor of 10^{k}", "자릿수 {k}자리 차이"},
    {"earlier", " It matches the published rate of {date} ({rate}), {back}.",
     " {date}에 고시된 환율({rate})과는 맞습니다({back})."},
    {"back.same", "the day of {what}", "{what} 당일"},
    {"back.day", "{days} day before {what}", "{what} {days}일 전"},
    {"back.days", "{days} days before {what}", "{what} {days}일 전"},
    {"what.publication", "publication", "보도일"},
    {"what.rate-date", "the rate date", "환율 기준일"},
    {"cause.inverted", " Likely cause: the rate was inverted ({base} per {quote} used as {quote} per {base}).",
     " 환율을 거꾸로 쓴 것으로 보입니다(1{quote}당 {base} 값을 1{base}당 {quote}⟨으로/로⟩ 사용)."},
    {"cause.amount-currency", " Likely cause: the amount was converted as if it were in {other} ({other}/{quote} {rate}).",
     " 금액을 {other}⟨으로/로⟩ 잘못 보고 환산한 것으로 보입니다({other}/{quote} {rate})."},
    {"cause.figure-currency", " Likely cause: the figure is in {other}, not {quote} ({base}/{other} {rate}).",
     " 수치가 {quote}⟨이/가⟩ 아니라 {other} 기준인 것으로 보입니다({base}/{other} {rate})."},

    // --- Changes.
    {"growth-mismatch.zero", "'{stated}' cannot follow from {previous}: a change from zero has no {what}.",
     "'{stated}'⟨은/는⟩ {previous}에서 나올 수 없습니다: 0에서 출발한 변화에는 {what}⟨이/가⟩ 없습니다."},
    {"growth-mismatch.said-rose", "'{stated}' says the figure rose, but from {previous} to {current} it fell ({value}).",
     "'{stated}'⟨은/는⟩ 늘었다고 하지만 {previous}에서 {current}⟨으로/로⟩ 줄었습니다({value})."},
    {"growth-mismatch.said-fell", "'{stated}' says the figure fell, but from {previous} to {current} it rose ({value}).",
     "'{stated}'⟨은/는⟩ 줄었다고 하지만 {previous}에서 {current}⟨으로/로⟩ 늘었습니다({value})."},
    {"growth-mismatch", "'{stated}' does not follow from {previous} to {current}: that is {value}.",
     "'{stated}'⟨은/는⟩ {previous}에서 {current}⟨으로/로⟩의 변화와 맞지 않습니다: 실제로는 {value}입니다."},
    {"holds-by-rounding.growth", "'{stated}' holds only because the figures are rounded: as printed they give {value}.",
     "'{stated}'⟨은/는⟩ 수치를 반올림한 덕분에 맞을 뿐입니다: 적힌 그대로 계산하면 {value}입니다."},
    {"implied-previous",
     "'{stated}' to {current} implies a previous figure between {low} and {high}; look it up to check the change.",
     "{current}까지 '{stated}'⟨이라면/라면⟩ 이전 수치는 {low}에서 {high} 사이입니다. 이전 수치를 찾아 변화를 "
     "확인하십시오."},
    {"growth.ratio", "ratio", "배율"},
    {"growth.percentage", "percentage", "증감률"},
    {"value.percent", "{value}%", "{value}%"},
    {"value.points", "{value} percentage points", "{value}%포인트"},
    {"value.ratio", "{value}x", "{value}배"},

    // --- The article as a whole.
    {"mixed-rates.apart",
     "The article's {pair} conversions use different rates: {here} here ('{here_id}'), {there} there ('{there_id}'), "
     "{apart}% apart, more than the tolerance and the window's own range of rates ({allowed}%).",
     "기사의 {pair} 환산이 서로 다른 환율을 씁니다: 여기('{here_id}')는 {here}, 저기('{there_id}')는 {there}⟨으로/로⟩ "
     "{apart}% 차이가 나, 허용 오차와 기간 중 환율 변동 폭({allowed}%)보다 큽니다."},
    {"mixed-rates.close",
     "The article's {pair} conversions imply slightly different rates: {here} here ('{here_id}'), {there} there "
     "('{there_id}'), {apart}% apart: within the tolerance and the window's range ({allowed}%).",
     "기사의 {pair} 환산에 쓰인 환율이 조금씩 다릅니다: 여기('{here_id}')는 {here}, 저기('{there_id}')는 {there}⟨으로/로⟩ "
     "{apart}% 차이지만, 허용 오차와 기간 중 환율 변동 폭({allowed}%) 안입니다."},
    {"unreviewed-draft",
     "fact '{id}' is still a draft of figcheck extract: review it against the article, then delete its 'draft:' line",
     "항목 '{id}'⟨은/는⟩ 아직 figcheck extract가 만든 초안입니다: 기사와 대조해 검토한 뒤 'draft:' 줄을 지우십시오"},

    // --- Summaries (PlainSummary, PlainFactSummary).
    {"count.error.1", "{n} error", "오류 {n}건"},
    {"count.error.n", "{n} errors", "오류 {n}건"},
    {"count.warning.1", "{n} warning", "경고 {n}건"},
    {"count.warning.n", "{n} warnings", "경고 {n}건"},
    {"count.note.1", "{n} note", "참고 {n}건"},
    {"count.note.n", "{n} notes", "참고 {n}건"},
    {"count.file.1", "{n} file", "파일 {n}개"},
    {"count.file.n", "{n} files", "파일 {n}개"},
    {"count.input-error.1", "{n} input error", "입력 오류 {n}건"},
    {"count.input-error.n", "{n} input errors", "입력 오류 {n}건"},
    {"count.fact.1", "{n} fact", "항목 {n}개"},
    {"count.fact.n", "{n} facts", "항목 {n}개"},
    {"summary.findings", "{errors}, {warnings} in {files}", "{errors}, {warnings} ({files})"},
    {"summary.notes", "; {notes}", "; {notes}"},
    {"summary.input-errors", "; {input_errors} in {files}", "; {input_errors} ({files})"},
    {"summary.suppressed", "; {n} suppressed", "; 제외 {n}건"},
    {"summary.facts", "{facts}: {ok} ok, {warnings} with warnings, {errors} with errors",
     "{facts}: 정상 {ok}개, 경고 {warnings}개, 오류 {errors}개"},

    // --- The text report's own words (and the lines of a finding in GitHub, JUnit).
    {"status.ok", "ok", "정상"},
    {"status.warning", "warning", "경고"},
    {"status.error", "error", "오류"},
    {"kind.amount", "amount", "금액"},
    {"kind.conversion", "conversion", "환산"},
    {"kind.growth", "growth", "증감"},
    {"report.stated", "stated: {figure}", "기사 표기: {figure}"},
    {"report.recomputed", "recomputed: {figure}", "재계산: {figure}"},
    {"report.rate", "rate: {pair} {rate} ({source}, observed {date}{via})", "환율: {pair} {rate}({source}, {date} 고시{via})"},
    {"report.rate-used", "rate used: {pair}{rate} ({source}, observed {date}{via})",
     "적용 환율: {pair}{rate}({source}, {date} 고시{via})"},
    {"report.via", ", via {path}", ", {path} 경유"},
    {"report.checked-against", "checked against {pair} {rate} ({source}, observed {date}): implied {implied} \u2229 \u00b1{tolerance}% holds",
     "{pair} {rate}({source}, {date} 고시)로 확인: 허용 환율 {implied} \u2229 \u00b1{tolerance}% 안에서 맞습니다"},
    {"report.recomputed-growth", "recomputed from the figures: {figure}", "수치로 다시 계산: {figure}"},
    {"report.not-checked", "not checked: fix the errors above", "확인하지 못함: 위의 오류를 먼저 고치십시오"},
    {"report.article", "article:", "기사 전체:"},
    {"report.summary", "summary:", "요약:"},
    {"report.not-loaded", "the file could not be loaded", "파일을 읽지 못했습니다"},
    {"report.article-subject", "(article)", "(기사 전체)"},

    // --- The detail lines under a finding (Details(), the text report's "· ..." lines).
    {"detail.read-to", "'{stated}' is read to {unit} ({interval}{loose}), so it implies {implied} {quote} per {base}",
     "'{stated}'⟨은/는⟩ {unit} 단위까지 읽어 {interval}{loose}: 1{base}당 {implied} {quote}에 해당"},
    {"detail.loose", ", loosely stated", ", 어림한 수치"},
    {"detail.taken-as", "'{amount}' is taken as {interval}", "'{amount}'⟨은/는⟩ {interval}⟨으로/로⟩ 봄"},
    {"detail.compare", "{source}: {pair} {rate} on {date}: the figure {verdict}",
     "{source}: {date} {pair} {rate}: 수치가 {verdict}"},
    {"detail.compare.holds", "holds", "맞음"},
    {"detail.compare.fails", "does not hold", "맞지 않음"},
    {"detail.compare.none", "{source}: no {pair} rate for {date}", "{source}: {date} {pair} 환율 없음"},
    {"detail.window", "rate window: {to} and the {days} business days before it: {window}",
     "환율 기간: {to}⟨과/와⟩ 그 전 영업일 {days}일: {window}"},
    {"detail.tolerance", "tolerance \u00b1{percent}%", "허용 오차 \u00b1{percent}%"},
    {"detail.rate", "{pair} {value} ({source}, {date}{path}){fit}", "{pair} {value}({source}, {date}{path}){fit}"},
    {"detail.path", ", {path}", ", {path}"},
    {"detail.fit.day", ": the day of the window that fits", ": 기간 중 수치에 맞는 날"},
    {"detail.fit.nearest", ": the window's rate nearest the figure", ": 기간 중 수치에 가장 가까운 환율"},
    {"detail.fit.slip", ": the window's rate nearest the figure with the slip undone",
     ": 단위를 바로잡으면 기간 중 수치에 가장 가까운 환율"},
    {"detail.product", "{amount} \u00d7 {rate} = {product} {quote}", "{amount} \u00d7 {rate} = {product} {quote}"},
    {"detail.also-fits", "also fits the rate of {date} ({rate}), {back}", "{date} 환율({rate})에도 맞음({back})"},
    {"detail.off-by", "off by {printed}% as printed, {edge}% at the edge of its rounding (nearest rate {rate} of {date})",
     "적힌 그대로 {printed}%, 반올림 끝에서 {edge}% 어긋남(가장 가까운 환율: {date} {rate})"},
    {"detail.no-date", "no date: every {pair} rate in the table: {span}", "날짜 없음: 환율표의 모든 {pair} 환율: {span}"},
    {"detail.read-as", "read as {likely}: {base}/{likely} {rate} of {date} gives it ({miss}% off)",
     "{likely}⟨으로/로⟩ 읽으면 {date} {base}/{likely} {rate}⟨으로/로⟩ 맞음({miss}% 차이)"},
    {"detail.covers", "'{stated}' covers {interval}", "'{stated}'의 범위: {interval}"},
    {"detail.covers-both", "'{stated}' covers {interval}; '{current}' covers {current_interval}",
     "'{stated}'의 범위: {interval}; '{current}'의 범위: {current_interval}"},
    {"detail.change", "from {previous} to {current}: {value}", "{previous}에서 {current}⟨으로/로⟩: {value}"},
    {"detail.change-range", "with both figures at their stated precision the change lies in {range}",
     "두 수치를 적힌 정밀도로 보면 변화는 {range} 안"},
    {"detail.implies", "{id} ({place}): implies {interval}", "{id}({place}): 환율 {interval}"},
    {"source.article", "stated in the article", "기사에 적힌 환율"},

    // --- The page furniture of the Markdown, GitHub and JUnit reports.
    {"md.status.ok", "\u2705 ok", "\u2705 정상"},
    {"md.status.warning", "\u26a0\ufe0f warning", "\u26a0\ufe0f 경고"},
    {"md.status.error", "\u274c error", "\u274c 오류"},
    {"md.status.input-error", "\u274c input error", "\u274c 입력 오류"},
    {"md.table-head", "| Status | File | Fact | Stated | Recomputed | Findings |",
     "| 상태 | 파일 | 항목 | 기사 표기 | 재계산 | 지적 사항 |"},
    {"md.headline", "### figcheck: {icon} {facts} checked \u2014 {ok} ok, {warnings} with warnings, {errors} with errors",
     "### figcheck: {icon} {facts} 확인 \u2014 정상 {ok}개, 경고 {warnings}개, 오류 {errors}개"},
    {"md.counts", "{files} \u00b7 findings: {errors}, {warnings}, {notes}", "{files} \u00b7 지적 사항: {errors}, {warnings}, {notes}"},
    {"md.input-errors", " \u00b7 {input_errors} in {files}", " \u00b7 {input_errors} ({files})"},
    {"md.no-facts", "No facts were checked.", "확인한 항목이 없습니다."},
    {"md.with-findings", "**Facts with findings**", "**지적 사항이 있는 항목**"},
    {"md.more-below", "\u2026and {n} more in the full table below.", "\u2026그 밖의 {n}개는 아래 전체 표에 있습니다."},
    {"md.all-rows.1", "All {n} row", "전체 {n}행"},
    {"md.all-rows.n", "All {n} rows", "전체 {n}행"},
    {"github.more-title", "figcheck: more {severities}", "figcheck: {severities} 더 있음"},
    {"github.more",
     "{n} more {severities} not shown: GitHub shows at most {cap} {command} annotations per step. See the full report "
     "(junit, sarif, markdown or html).",
     "{severities} {n}건은 표시하지 않았습니다: GitHub는 한 단계에 {command} 주석을 {cap}개까지만 보여 줍니다. 전체 "
     "보고서(junit, sarif, markdown, html)를 보십시오."},
    {"severity.error.1", "error", "오류"},
    {"severity.error.n", "errors", "오류"},
    {"severity.warning.1", "warning", "경고"},
    {"severity.warning.n", "warnings", "경고"},
    {"severity.note.1", "note", "참고"},
    {"severity.note.n", "notes", "참고"},
    {"junit.and-more", " (and {n} more)", " (외 {n}건)"},

    // --- The HTML report's own words (core/report/html_report.cc).
    {"html.title", "figcheck report", "figcheck 보고서"},
    {"html.summary",
     "{files}, {facts}: {ok} ok, {warnings} with warnings, {errors} with errors. Findings: {finding_errors}, "
     "{finding_warnings}, {finding_notes}; {input_errors}.",
     "{files}, {facts}: 정상 {ok}개, 경고 {warnings}개, 오류 {errors}개. 지적 사항: {finding_errors}, "
     "{finding_warnings}, {finding_notes}; {input_errors}."},
    {"html.th.article", "article", "기사"},
    {"html.th.figures", "figures checked", "확인한 수치"},
    {"html.th.errors", "errors", "오류"},
    {"html.th.warnings", "warnings", "경고"},
    {"html.more-ok-rows", "{n} more articles whose figures all hold", "수치가 모두 맞는 기사 {n}개 더"},
    {"html.input-errors", "input errors", "입력 오류"},
    {"html.not-checked", " (the file was not checked)", " (파일을 확인하지 못했습니다)"},
    {"html.hold", "Figures that hold", "맞는 수치"},
    {"html.all-hold", "Articles whose figures all hold ({n})", "수치가 모두 맞는 기사 ({n}개)"},
    {"html.all-hold-left-out", "…and {n} more articles whose figures all hold, counted but not shown.",
     "…수치가 모두 맞는 기사 {n}개가 더 있습니다 (세기만 하고 싣지 않음)."},
    {"html.the-article", "the article", "기사 전체"},
    {"html.printed", "printed", "기사 표기"},
    {"html.should-read", "should read", "고쳐 쓸 수치"},
    {"html.rate", "rate {rate} ({source}, {date})", "환율 {rate}({source}, {date})"},
    {"html.no-rate", "no reference rate for {pair} on {date}", "{date} {pair} 기준 환율 없음"},
    {"html.allows", "; the printed figure allows {interval}", "; 기사 수치가 허용하는 환율: {interval}"},
    {"html.any-rate", "any rate", "모든 환율"},
    {"html.below", "below {rate}", "{rate} 이하"},
    {"html.above", "above {rate}", "{rate} 이상"},
    {"html.caption",
     "The reference rate around {date}, the tolerance band around the rate used, and the rates the printed figure "
     "allows.",
     "{date} 전후의 기준 환율, 적용 환율의 허용 오차 범위, 기사 수치가 허용하는 환율."},
    {"html.chart-left-out", "Chart left out: this report already draws {n} charts.",
     "그래프 생략: 이 보고서에는 이미 그래프가 {n}개 있습니다."},
    {"html.chart.title", "{pair} reference rate around {date}", "{date} 전후 {pair} 기준 환율"},
    {"html.chart.unit", "{quote} per {base}", "{base}당 {quote}"},
    {"html.chart.rate-date", "rate date {date}", "환율 기준일 {date}"},
    {"html.chart.published", "published {date}", "보도일 {date}"},
    {"html.chart.published-rate-date", "published, rate date {date}", "보도일·환율 기준일 {date}"},
    {"html.chart.tolerance", "tolerance ±{percent}%", "허용 오차 ±{percent}%"},
    {"html.chart.tolerance-band", "tolerance ±{percent}%: {low} to {high}", "허용 오차 ±{percent}%: {low}~{high}"},
    {"html.chart.reference", "reference rate", "기준 환율"},
    {"html.chart.reference-source", "reference rate ({source})", "기준 환율({source})"},
    {"html.chart.allows", "rates the printed figure allows", "기사 수치가 허용하는 환율"},
    {"html.chart.implies", "rate the article implies: {interval}", "기사가 함축하는 환율: {interval}"},
    {"html.chart.used", "rate used: {rate} ({source}, observed {date})", "적용 환율: {rate}({source}, {date} 고시)"},

    // --- The desk page (figcheck serve), served to it as JSON by /api/strings.
    {"page.lang", "en", "ko"},
    {"page.language", "Language", "언어"},
    {"page.title", "figcheck desk", "figcheck 데스크"},
    {"page.tagline", "Paste an article: every money figure is recomputed against the exchange rates of its day.",
     "기사를 붙여 넣으세요: 모든 금액을 그날의 환율로 다시 계산합니다."},
    {"page.text-label", "Article text (paste, or drop a .txt, .md or .html file)",
     "기사 본문 (붙여 넣거나 .txt, .md, .html 파일을 끌어다 놓으세요)"},
    {"page.published-label", "Published", "보도일"},
    {"page.file-label", "Or open a file", "또는 파일 열기"},
    {"page.check", "Check", "확인"},
    {"page.article-label", "The article with its figures marked", "수치를 표시한 기사"},
    {"page.keys", "Keys: {tab} moves from figure to figure, {enter} shows its check, {c} copies the corrected figure.",
     "단축키: {tab} 다음 수치로 이동, {enter} 확인 내용 보기, {c} 고친 수치 복사."},
    {"page.panel-title", "Check", "확인 내용"},
    {"page.panel-empty",
     "Select a marked figure to see what was checked: the finding, the rate, its day and source, the interval the "
     "figure allows.",
     "표시된 수치를 고르면 확인한 내용을 볼 수 있습니다: 지적 사항, 환율과 그 날짜·출처, 수치가 허용하는 환율 구간."},
    {"page.too-large", "{name} is too large for an article.", "{name}: 기사로 보기에는 파일이 너무 큽니다."},
    {"page.empty", "Paste an article first: the text is empty.", "먼저 기사를 붙여 넣으세요: 본문이 비어 있습니다."},
    {"page.server-answered", "the server answered {status}", "서버 응답 {status}"},
    {"page.no-server", "The desk server did not answer: is figcheck serve still running?",
     "데스크 서버가 응답하지 않습니다: figcheck serve가 아직 실행 중인지 확인하세요."},
    {"page.checked.1", "{n} figure checked: ", "수치 {n}개 확인: "},
    {"page.checked.n", "{n} figures checked: ", "수치 {n}개 확인: "},
    {"page.to-fix", "{n} to fix", "고칠 것 {n}개"},
    {"page.to-look-at", ", {n} to look at.", ", 살펴볼 것 {n}개."},
    {"page.no-date", " No publication date: the rates could not be dated.",
     " 보도일이 없어 환율 날짜를 정하지 못했습니다."},
    {"page.fact", "fact", "항목"},
    {"page.figures", "figures", "수치"},
    {"page.rate", "rate", "환율"},
    {"page.rate-none", "{pair}: none", "{pair}: 없음"},
    {"page.observed", "observed", "고시일"},
    {"page.source", "source", "출처"},
    {"page.rate-date", "rate date", "환율 기준일"},
    {"page.figure-allows", "figure allows", "허용 환율 구간"},
    {"page.recomputed", "recomputed", "재계산"},
    {"page.copy", "Copy corrected figure", "고친 수치 복사"},
    {"page.copied", "Copied", "복사했습니다"},
    {"page.status.ok", "ok", "정상"},
    {"page.status.note", "note", "참고"},
    {"page.status.warning", "warning", "경고"},
    {"page.status.error", "error", "오류"},
};

const std::map<std::string_view, const CatalogueEntry*>& Index() {
  static const auto* index = [] {
    auto* m = new std::map<std::string_view, const CatalogueEntry*>();
    for (const CatalogueEntry& e : kCatalogue) m->emplace(e.key, &e);
    return m;
  }();
  return *index;
}

// The code point ending `text` at byte `end` (exclusive), and where it starts.
char32_t LastCodePoint(std::string_view text, std::size_t end, std::size_t* start) {
  std::size_t at = end;
  while (at > 0) {
    --at;
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) break;
  }
  *start = at;
  const auto b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[i])); };
  const char32_t lead = b(at);
  if (lead < 0x80) return lead;
  if (lead >= 0xF0 && end - at >= 4) {
    return ((lead & 0x07) << 18) | ((b(at + 1) & 0x3F) << 12) | ((b(at + 2) & 0x3F) << 6) | (b(at + 3) & 0x3F);
  }
  if (lead >= 0xE0 && end - at >= 3) return ((lead & 0x0F) << 12) | ((b(at + 1) & 0x3F) << 6) | (b(at + 2) & 0x3F);
  if (lead >= 0xC0 && end - at >= 2) return ((lead & 0x1F) << 6) | (b(at + 1) & 0x3F);
  return 0;
}

enum class Final { kVowel, kConsonant, kRieul };

// How the text before `end` ends when read aloud in Korean: 원 (consonant), 달러 (vowel), 3 (삼,
// consonant), 7 (칠, ㄹ), % (퍼센트, vowel), USD (디, vowel), EUR (알, ㄹ), won (n, consonant).
Final FinalSound(std::string_view text, std::size_t end) {
  while (end > 0) {
    std::size_t start = 0;
    const char32_t c = LastCodePoint(text, end, &start);
    switch (c) {
      case U'\'': case U'"': case U')': case U']': case U'\u2019': case U'\u201d': case U'\u2026': case U' ':
        end = start;
        continue;
      default: break;
    }
    if (c >= 0xAC00 && c <= 0xD7A3) {
      const int final_consonant = static_cast<int>((c - 0xAC00) % 28);
      return final_consonant == 0 ? Final::kVowel : final_consonant == 8 ? Final::kRieul : Final::kConsonant;
    }
    if (c >= U'0' && c <= U'9') {
      constexpr std::array<Final, 10> kDigits = {Final::kConsonant, Final::kRieul,     Final::kVowel, Final::kConsonant,
                                                 Final::kVowel,     Final::kVowel,     Final::kConsonant, Final::kRieul,
                                                 Final::kRieul,     Final::kVowel};
      return kDigits[c - U'0'];
    }
    if (c == U'L' || c == U'R' || c == U'l') return Final::kRieul;
    if (c == U'M' || c == U'N' || c == U'm' || c == U'n') return Final::kConsonant;
    return Final::kVowel;
  }
  return Final::kVowel;
}

constexpr std::string_view kOpen = "\u27e8";
constexpr std::string_view kClose = "\u27e9";

// ⟨은/는⟩ -> 은 or 는, by the sound before it.
std::string ResolveParticles(std::string text) {
  std::size_t from = 0;
  while (true) {
    const std::size_t open = text.find(kOpen, from);
    if (open == std::string::npos) return text;
    const std::size_t slash = text.find('/', open);
    const std::size_t close = text.find(kClose, open);
    if (slash == std::string::npos || close == std::string::npos || slash > close) return text;
    const std::string after_consonant = text.substr(open + kOpen.size(), slash - open - kOpen.size());
    const std::string after_vowel = text.substr(slash + 1, close - slash - 1);
    const Final sound = FinalSound(text, open);
    const bool euro = after_consonant == "으로";
    const std::string& chosen =
        sound == Final::kVowel || (euro && sound == Final::kRieul) ? after_vowel : after_consonant;
    text.replace(open, close + kClose.size() - open, chosen);
    from = open + chosen.size();
  }
}

}  // namespace

std::string_view LanguageName(Language language) { return language == Language::kKorean ? "ko" : "en"; }

std::optional<Language> LanguageFromName(std::string_view name) {
  if (name == "en") return Language::kEnglish;
  if (name == "ko") return Language::kKorean;
  return std::nullopt;
}

const std::vector<Language>& AllLanguages() {
  static const std::vector<Language> kAll = {Language::kEnglish, Language::kKorean};
  return kAll;
}

Phrase& Phrase::Arg(std::string name, std::string text) {
  args.push_back(MessageArg{std::move(name), std::move(text), {}});
  return *this;
}

Phrase& Phrase::Arg(std::string name, Phrase phrase) {
  MessageArg arg{std::move(name), "", {}};
  arg.phrase.push_back(std::move(phrase));
  args.push_back(std::move(arg));
  return *this;
}

Phrase MakePhrase(std::string_view key) { return Phrase{std::string(key), {}}; }

Phrase Verbatim(std::string text) { return MakePhrase("verbatim").Arg("text", std::move(text)); }

Phrase CountPhrase(std::string_view noun, long long n) {
  return MakePhrase(fmt::format("count.{}.{}", noun, n == 1 ? "1" : "n")).Arg("n", std::to_string(n));
}

const std::vector<CatalogueEntry>& Catalogue() { return kCatalogue; }

const CatalogueEntry* FindCatalogueEntry(std::string_view key) {
  const auto& index = Index();
  const auto it = index.find(key);
  return it == index.end() ? nullptr : it->second;
}

std::string Render(const Phrase& phrase, Language language) {
  if (phrase.key.empty()) return "";
  const CatalogueEntry* entry = FindCatalogueEntry(phrase.key);
  if (entry == nullptr) return phrase.key;
  const std::string_view text = language == Language::kKorean ? entry->korean : entry->english;
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const MessageArg& arg : phrase.args) {
    store.push_back(fmt::arg(arg.name.c_str(), arg.phrase.empty() ? arg.text : Render(arg.phrase.front(), language)));
  }
  std::string out;
  try {
    out = fmt::vformat(text, store);
  } catch (const fmt::format_error&) {
    out = std::string(text);
  }
  return language == Language::kKorean ? ResolveParticles(std::move(out)) : out;
}

std::string Render(std::string_view key, Language language) { return Render(MakePhrase(key), language); }

std::vector<std::string> PlaceholdersOf(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] != '{') continue;
    const std::size_t close = text.find('}', at);
    if (close == std::string_view::npos) break;
    names.emplace_back(text.substr(at + 1, close - at - 1));
    at = close;
  }
  return names;
}

}  // namespace figcheck
