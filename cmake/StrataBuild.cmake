# Build conventions shared by every target: warnings, optional ccache, and the test registration helper.
option(STRATA_WERROR "Treat compiler warnings as errors" OFF)

find_program(STRATA_CCACHE ccache)
if(STRATA_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${STRATA_CCACHE}")
  set(CMAKE_C_COMPILER_LAUNCHER "${STRATA_CCACHE}")
endif()

function(strata_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  if(STRATA_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# strata_add_test(NAME n SOURCES ... [LIBS ...] [LABELS unit|pg|gui|corpus] [TIMEOUT s] [ARGS ...])
# A Qt Test program run by CTest. GUI tests run on the offscreen platform.
function(strata_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${T_NAME} PRIVATE
    STRATA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    STRATA_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    STRATA_CORPUS_DIR="${STRATA_CORPUS_DIR}")
  strata_warnings(${T_NAME})
  add_test(NAME ${T_NAME} COMMAND ${T_NAME} ${T_ARGS})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set(env "QT_QPA_PLATFORM=offscreen")
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
endfunction()
