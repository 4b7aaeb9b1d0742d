# tools/dask_check.py under a real Dask LocalCluster gathers exactly what one process writes
# (tests/scale/dask_check_test.py). Registered only when Debian's python3 (found by
# tests/desk/desk.cmake, included before this file) can import Dask's `distributed`
# (python3-distributed, tools/deps.sh --test). Included from the top-level CMakeLists.txt.
if(NOT FIGCHECK_BUILD_TESTS OR NOT FIGCHECK_DEBIAN_PYTHON)
  return()
endif()
execute_process(COMMAND ${FIGCHECK_DEBIAN_PYTHON} -c "import distributed" RESULT_VARIABLE figcheck_dask_status
                OUTPUT_QUIET ERROR_QUIET)
if(NOT figcheck_dask_status EQUAL 0)
  message(STATUS "figcheck: ${FIGCHECK_DEBIAN_PYTHON} cannot import distributed; scale.dask_check is not registered")
  return()
endif()
add_test(NAME scale.dask_check
         COMMAND ${FIGCHECK_DEBIAN_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/dask_check_test.py $<TARGET_FILE:figcheck>)
set_tests_properties(scale.dask_check PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300
                     ENVIRONMENT "XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-empty-cache")
