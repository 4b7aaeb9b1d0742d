# Report tests that need more than GoogleTest: the outputs checked by the programs that consume
# them (a SARIF 2.1.0 schema validator, an XML parser reading JUnit the way CI does, headless
# Chromium rendering the HTML). Included from the top-level CMakeLists.txt.
#
# Debian packages: python3-jsonschema (SARIF), chromium (HTML); both are skipped with a clear
# message (ctest "Skipped") when absent. xml.etree is in python3's standard library.

if(NOT FIGCHECK_BUILD_TESTS)
  return()
endif()

set(FIGCHECK_REPORT_DIR ${CMAKE_CURRENT_LIST_DIR})

# output.cc belongs to the tool; its tests link it directly (with fact_files.cc, whose
# IsFactFileName the output guard uses).
set(FIGCHECK_OUTPUT_SOURCE ${CMAKE_SOURCE_DIR}/tools/figcheck/output.cc ${CMAKE_SOURCE_DIR}/tools/figcheck/fact_files.cc)
if(TARGET figcheck_tests)
  target_sources(figcheck_tests PRIVATE ${FIGCHECK_OUTPUT_SOURCE})
endif()

# The report tests alone, buildable while the figcheck executable does not link yet
# (`make figcheck_report_tests`). Not registered with ctest: figcheck_tests runs the same tests.
file(GLOB FIGCHECK_REPORT_TEST_SOURCES CONFIGURE_DEPENDS ${FIGCHECK_REPORT_DIR}/*_test.cc)
add_executable(figcheck_report_tests EXCLUDE_FROM_ALL ${FIGCHECK_REPORT_TEST_SOURCES} ${FIGCHECK_OUTPUT_SOURCE})
target_link_libraries(figcheck_report_tests PRIVATE figcheck_core GTest::gtest GTest::gtest_main GTest::gmock)
target_compile_definitions(figcheck_report_tests PRIVATE FIGCHECK_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
figcheck_warnings(figcheck_report_tests)

add_executable(figcheck_report_samples ${FIGCHECK_REPORT_DIR}/write_samples.cc)
target_link_libraries(figcheck_report_samples PRIVATE figcheck_core)
figcheck_warnings(figcheck_report_samples)

find_package(Python3 COMPONENTS Interpreter)
set(FIGCHECK_SAMPLES_DIR ${CMAKE_CURRENT_BINARY_DIR}/report-samples)

add_test(NAME report.samples COMMAND figcheck_report_samples ${FIGCHECK_SAMPLES_DIR})
set_tests_properties(report.samples PROPERTIES FIXTURES_SETUP report_samples)

if(Python3_Interpreter_FOUND)
  add_test(NAME report.sarif_schema
           COMMAND ${Python3_EXECUTABLE} ${FIGCHECK_REPORT_DIR}/validate_sarif.py
                   ${FIGCHECK_REPORT_DIR}/sarif-schema-2.1.0.json ${FIGCHECK_SAMPLES_DIR}/sample.sarif)
  add_test(NAME report.junit_parse
           COMMAND ${Python3_EXECUTABLE} ${FIGCHECK_REPORT_DIR}/validate_junit.py ${FIGCHECK_SAMPLES_DIR}/sample.junit.xml)
  add_test(NAME report.html_chromium
           COMMAND ${Python3_EXECUTABLE} ${FIGCHECK_REPORT_DIR}/check_html_chromium.py ${FIGCHECK_SAMPLES_DIR}/sample.html
                   ${FIGCHECK_SAMPLES_DIR}/sample.png)
  set_tests_properties(report.sarif_schema report.junit_parse report.html_chromium PROPERTIES
                       FIXTURES_REQUIRED report_samples SKIP_RETURN_CODE 77)
  set_tests_properties(report.html_chromium PROPERTIES TIMEOUT 120)
  # The real binary on real fact files: JSON against docs/report.schema.json, SARIF against its
  # schema with line-shift-stable fingerprints, JUnit with xmllint against Jenkins' junit-10.xsd,
  # the GitLab code-quality conversion (ci/sarif-to-codequality.jq).
  add_test(NAME report.real_reports
           COMMAND ${Python3_EXECUTABLE} ${FIGCHECK_REPORT_DIR}/real_reports.py $<TARGET_FILE:figcheck>
                   ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/real-reports)
  set_tests_properties(report.real_reports PROPERTIES SKIP_RETURN_CODE 77)
else()
  message(STATUS "figcheck: python3 not found; the SARIF, JUnit and HTML consumer tests are not registered")
endif()
