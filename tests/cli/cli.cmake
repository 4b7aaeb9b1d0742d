# Whole-program tests of figcheck as it is installed and run by other tools: `cmake --install`
# (tests/cli/install_check.py) and the pre-commit hooks with the real pre-commit tool
# (tests/cli/pre_commit_hooks.py). Included from the top-level CMakeLists.txt.
if(NOT FIGCHECK_BUILD_TESTS)
  return()
endif()
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "figcheck: python3 not found; the install and pre-commit tests are not registered")
  return()
endif()
add_test(NAME cli.install
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/install_check.py ${CMAKE_BINARY_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/install-root)
add_test(NAME cli.pre_commit_hooks
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/pre_commit_hooks.py $<TARGET_FILE:figcheck>
                 ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/pre-commit)
set_tests_properties(cli.pre_commit_hooks PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
