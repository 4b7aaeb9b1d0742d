# The real-article regression set (tests/articles/README.md): every article run through
# `figcheck extract` and `figcheck check` the way a user does, scored against hand labels, with
# a ratchet on the scores (floors.yaml); and the labels' own arithmetic recomputed. Included from
# the top-level CMakeLists.txt.
#
# Debian packages: python3, python3-yaml (PyYAML). Without PyYAML both tests report "Skipped".

if(NOT FIGCHECK_BUILD_TESTS)
  return()
endif()

find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "figcheck: python3 not found; the real-article tests are not registered")
  return()
endif()

set(FIGCHECK_ARTICLES_DIR ${CMAKE_CURRENT_LIST_DIR})
add_test(NAME articles.labels
         COMMAND ${Python3_EXECUTABLE} ${FIGCHECK_ARTICLES_DIR}/label_helper.py check ${FIGCHECK_ARTICLES_DIR})
add_test(NAME articles.evaluate
         COMMAND ${Python3_EXECUTABLE} ${FIGCHECK_ARTICLES_DIR}/evaluate.py --figcheck $<TARGET_FILE:figcheck>
                 --floors ${FIGCHECK_ARTICLES_DIR}/floors.yaml --misses)
set_tests_properties(articles.labels articles.evaluate PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600
                     ENVIRONMENT "XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-empty-cache")  # no fetched rates
