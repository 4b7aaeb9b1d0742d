# tools/dask_check.py under a real Dask LocalCluster gathers exactly what one process writes
# (tests/scale/dask_check_test.py). Registered only when a python3 that can import Dask's
# `distributed` is found: Debian's python3-distributed (tools/deps.sh --test) lives in the
# system interpreter, which may not be the first python3 on PATH. Included from the top-level
# CMakeLists.txt.
if(NOT FIGCHECK_BUILD_TESTS)
  return()
endif()
find_package(Python3 COMPONENTS Interpreter)
set(FIGCHECK_DASK_PYTHON "")
foreach(candidate ${Python3_EXECUTABLE} /usr/bin/python3)
  if(candidate AND NOT FIGCHECK_DASK_PYTHON)
    execute_process(COMMAND ${candidate} -c "import distributed" RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
    if(status EQUAL 0)
      set(FIGCHECK_DASK_PYTHON ${candidate})
    endif()
  endif()
endforeach()
if(NOT FIGCHECK_DASK_PYTHON)
  message(STATUS "figcheck: no python3 imports dask.distributed; scale.dask_check is not registered")
  return()
endif()
add_test(NAME scale.dask_check
         COMMAND ${FIGCHECK_DASK_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/dask_check_test.py $<TARGET_FILE:figcheck>)
set_tests_properties(scale.dask_check PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
