# The desk (figcheck serve and its page): tests that need a real HTTP client and a real browser.
# Debian packages: python3 (the HTTP tests), python3-selenium + chromium + chromium-driver (the
# page in headless Chromium). The browser test is skipped (ctest "Skipped") when they are missing,
# unless FIGCHECK_REQUIRE_BROWSER=1 (CI) makes that a failure. Screenshots: build/desk-screenshots/.
if(NOT FIGCHECK_BUILD_TESTS)
  return()
endif()
# Debian's python3 has python3-selenium; a python3 earlier on PATH (pyenv) may not.
find_program(FIGCHECK_DEBIAN_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT FIGCHECK_DEBIAN_PYTHON)
  find_program(FIGCHECK_DEBIAN_PYTHON python3)
endif()
if(NOT FIGCHECK_DEBIAN_PYTHON)
  message(STATUS "figcheck: python3 not found; the desk's HTTP and browser tests are not registered")
  return()
endif()
add_test(NAME desk.serve
         COMMAND ${FIGCHECK_DEBIAN_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/serve_test.py $<TARGET_FILE:figcheck> ${CMAKE_SOURCE_DIR})
add_test(NAME desk.browser
         COMMAND ${FIGCHECK_DEBIAN_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/desk_browser_test.py $<TARGET_FILE:figcheck>
                 ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}/desk-screenshots)
# An empty rate cache of their own (as the GoogleTest suite has): what a developer fetched with
# `figcheck rates fetch` never changes a result.
set_tests_properties(desk.serve desk.browser PROPERTIES TIMEOUT 180 SKIP_RETURN_CODE 77
                     ENVIRONMENT "XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-empty-cache")
# Both start servers and a browser: not alongside each other on a small machine.
set_tests_properties(desk.serve desk.browser PROPERTIES RESOURCE_LOCK desk)
