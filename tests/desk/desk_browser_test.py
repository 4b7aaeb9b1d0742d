#!/usr/bin/env python3
"""The desk page driven in a real headless Chromium with Selenium, as an editor uses it:

1. paste the seed article, give its date, Check: 6 marked figures, the mixed-rates finding shown;
2. paste the seed with a planted 10x slip: that figure red, the corrected figure in the panel;
3. keyboard only: Tab into the text box, type an article (its date is filled in from the text),
   Tab to Check, Enter, Tab to the red figure, Enter, and the copy button has the focus.

A screenshot of each is kept in SCREENSHOT_DIR (test artefacts; look at them).
usage: desk_browser_test.py FIGCHECK SOURCE_DIR SCREENSHOT_DIR    (exit 77 = skipped)
"""
import json
import os
import shutil
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from desk_server import DeskServer, seed_text, slip_text  # noqa: E402

REQUIRED = os.environ.get("FIGCHECK_REQUIRE_BROWSER") == "1"


def skip(why):
    print(("FAIL: " if REQUIRED else "SKIPPED: ") + why)
    return 1 if REQUIRED else 77


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    sys.exit(skip("python3-selenium is not installed (apt-get install python3-selenium)"))

problems = []


def expect(condition, what):
    print(("ok:   " if condition else "FAIL: ") + what)
    if not condition:
        problems.append(what)


def browser(profile):
    options = webdriver.ChromeOptions()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
                 "--window-size=1280,1000", "--lang=ko-KR", "--user-data-dir=" + profile):
        options.add_argument(flag)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def paste(driver, text, day):
    """What a paste does: the text lands in the box and an input event fires."""
    box = driver.find_element(By.ID, "text")
    driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", box, text)
    if day is not None:
        date = driver.find_element(By.ID, "published")
        driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                              date, day)


def check_and_wait(driver, marks):
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 30).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#article mark")) >= marks)


def press(driver, key):
    """A key pressed on the keyboard, wherever the focus is."""
    ActionChains(driver).send_keys(key).perform()


def marks_of(driver):
    return [(m.text, m.get_attribute("data-status")) for m in driver.find_elements(By.CSS_SELECTOR, "#article mark")]


def main(figcheck, source_dir, shots):
    chromedriver = shutil.which("chromedriver")
    if not chromedriver:
        return skip("chromedriver is not installed (apt-get install chromium-driver)")
    os.makedirs(shots, exist_ok=True)
    with DeskServer(figcheck) as server, tempfile.TemporaryDirectory() as profile:
        driver = browser(profile)
        try:
            driver.set_page_load_timeout(30)
            # 1. The seed article.
            driver.get(server.url)
            expect(driver.title == "figcheck desk", "the page loads")
            paste(driver, seed_text(source_dir), "2020-07-29")
            check_and_wait(driver, 6)
            marks = marks_of(driver)
            print("marks:", marks)
            expect(len(marks) == 6, "the seed shows 6 marked figures (got %d)" % len(marks))
            expect(all(status in ("ok", "note", "warning", "error") for _, status in marks), "every mark has a status")
            expect(not any(status == "error" for _, status in marks), "no figure of the seed is red")
            # Its two conversions imply rates 0.08% apart, within the week's range: a mixed-rates note.
            expect(any("8조 9512억원" in text and status == "note" for text, status in marks),
                   "the 8조 9512억원 conversion carries a note (mixed rates)")
            for mark in driver.find_elements(By.CSS_SELECTOR, "#article mark"):
                if "8조 9512억원" in mark.text:
                    mark.click()
                    break
            panel = driver.find_element(By.ID, "panel").text
            expect("mixed-rates" in panel, "the panel shows the mixed-rates finding")
            expect("FRED" in panel and "2020-07-29" in panel, "the panel shows the rate's source and day")
            summary = driver.find_element(By.ID, "summary").text
            expect(summary.startswith("6 figures checked: 0 to fix"), "the summary line: " + summary)
            driver.save_screenshot(os.path.join(shots, "1-seed.png"))

            # 2. The planted 10x slip.
            driver.get(server.url)
            paste(driver, slip_text(source_dir), "2020-07-29")
            check_and_wait(driver, 6)
            red = [m for m in driver.find_elements(By.CSS_SELECTOR, "#article mark[data-status=error]")]
            expect(len(red) == 1 and "11조9440억원" in red[0].text, "the slip is the one red figure: %s" % marks_of(driver))
            report = json.loads(urllib.request.urlopen(urllib.request.Request(
                server.url + "api/check", data=json.dumps({"text": slip_text(source_dir), "published": "2020-07-29"})
                .encode("utf-8"), method="POST", headers={"Content-Type": "application/json"})).read())
            wanted = [f["recomputed"] for fact in report["files"][0]["facts"] for f in fact["findings"]
                      if f["code"] == "unit-slip"]
            if red:
                red[0].click()
            corrected = driver.find_elements(By.ID, "corrected")
            expect(bool(wanted) and bool(corrected) and corrected[0].text == wanted[0],
                   "the panel shows the corrected figure %s" % wanted)
            expect("unit-slip" in driver.find_element(By.ID, "panel").text, "the panel names the unit slip")
            expect("12 to fix" not in driver.find_element(By.ID, "summary").text and
                   "1 to fix" in driver.find_element(By.ID, "summary").text, "the summary counts 1 to fix")
            driver.save_screenshot(os.path.join(shots, "2-slip.png"))

            # 3. Keyboard only.
            driver.get(server.url)
            press(driver, Keys.TAB)
            active = driver.switch_to.active_element
            expect(active.get_attribute("id") == "text", "Tab reaches the text box first")
            press(driver, "센스타임은 2020년 7월 29일 기업 가치가 75억 달러(약 89조5120억원)로 평가받았다.")
            expect(driver.find_element(By.ID, "published").get_attribute("value") == "2020-07-29",
                   "the date is filled in from the text")
            for _ in range(8):  # date (three fields in Chromium count as one stop), file, Check
                active = driver.switch_to.active_element
                if active.get_attribute("id") == "check":
                    break
                press(driver, Keys.TAB)
            expect(driver.switch_to.active_element.get_attribute("id") == "check", "Tab reaches Check")
            press(driver, Keys.ENTER)
            WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article mark"))
            # The summary takes the focus (a screen reader reads it); the next Tab goes to the first figure.
            expect(driver.switch_to.active_element.get_attribute("id") == "summary", "the summary has the focus")
            press(driver, Keys.TAB)
            active = driver.switch_to.active_element
            expect(active.tag_name == "mark", "Tab reaches the marked figure (at %s)" % active.tag_name)
            expect(active.get_attribute("data-status") == "error", "the tenfold conversion is red")
            press(driver, Keys.ENTER)
            WebDriverWait(driver, 10).until(expected_conditions.presence_of_element_located((By.ID, "copy")))
            expect(driver.switch_to.active_element.get_attribute("id") == "copy", "Enter moves to 'copy corrected figure'")
            press(driver, Keys.ENTER)
            WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "copy").text in ("Copied", "복사했습니다"))
            expect(driver.find_element(By.ID, "copy").text in ("Copied", "복사했습니다"), "the corrected figure is copied")
            driver.save_screenshot(os.path.join(shots, "3-keyboard.png"))

            # Errors are said on the page.
            driver.get(server.url)
            driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            expect(driver.find_element(By.ID, "error").text != "", "an empty article is refused on the page")

            # 4. 한국어: the switch turns the page's words and the findings into Korean (codes stay),
            # and the browser remembers it.
            driver.get(server.url)
            Select(driver.find_element(By.ID, "lang")).select_by_value("ko")
            expect(driver.find_element(By.ID, "check").text == "확인", "the Check button in Korean")
            paste(driver, "센스타임은 2020년 7월 29일 기업 가치가 75억 달러(약 89조5120억원)로 평가받았다.", "2020-07-29")
            check_and_wait(driver, 1)
            summary = driver.find_element(By.ID, "summary").text
            expect(summary.startswith("수치 1개 확인: 고칠 것 1개"), "the summary in Korean: " + summary)
            panel = driver.find_element(By.ID, "panel").text
            expect("unit-slip" in panel and "단위를 잘못 쓴 것" in panel, "the finding in Korean, its code as is: " + panel)
            driver.save_screenshot(os.path.join(shots, "4-korean.png"))
            driver.get(server.url)
            expect(driver.find_element(By.ID, "check").text == "확인", "the language is remembered")
            Select(driver.find_element(By.ID, "lang")).select_by_value("en")
            expect(driver.find_element(By.ID, "check").text == "Check", "back to English")
        finally:
            driver.quit()
        expect(server.alive(), "the server is still running")
    print("screenshots in", shots)
    print("ok" if not problems else "%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
